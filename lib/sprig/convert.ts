import type { FuncMap } from '../gotemplate/value';

export const funcs: FuncMap = {};
