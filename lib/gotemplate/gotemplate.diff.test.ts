// Core text/template semantics against the real Helm binary, case by case: output and
// whole error texts (see diff-cases.ts for the table).
import { differential } from '../../test/differential';
import { diffCases } from './diff-cases';

differential('gotemplate', diffCases);
