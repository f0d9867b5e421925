'use client';
import Link from 'next/link';
import { REVIEW_STEP, STEPS } from '@/lib/wizard/steps';

export default function StepsNav({ current, postgres }: { current: string; postgres: boolean }) {
  return (
    <nav aria-label="Steps" className="steps-nav">
      <ol>
        {STEPS.map((s, i) => {
          const label = s.file.replace(/^\.\.\//, '');
          const off = s.needsPostgres && !postgres;
          return (
            <li key={s.id} className={s.id === current ? 'current' : undefined}>
              <Link href={`/wizard/${s.id}/`} aria-current={s.id === current ? 'step' : undefined}>
                <span className="num" aria-hidden="true">{i + 1}</span>
                <span className="file">{label}</span>
                {off ? <span className="off"> (PostgreSQL off)</span> : null}
              </Link>
            </li>
          );
        })}
        <li className={current === REVIEW_STEP.id ? 'current' : undefined}>
          <Link href={`/wizard/${REVIEW_STEP.id}/`} aria-current={current === REVIEW_STEP.id ? 'step' : undefined}>
            <span className="num" aria-hidden="true">✓</span>
            <span className="file">{REVIEW_STEP.title}</span>
          </Link>
        </li>
      </ol>
    </nav>
  );
}
