'use client';
import Link from 'next/link';
import { PRESETS } from '@/lib/wizard/presets';

export default function PresetGallery() {
  return (
    <ul className="presets" aria-label="Presets">
      {PRESETS.map((p) => (
        <li key={p.id} className="preset-card">
          <h3>{p.title}</h3>
          <p>{p.description}</p>
          <Link href={`/wizard/chart-yaml/?preset=${p.id}`} aria-label={`Start from the preset: ${p.title}`}>Start from this preset</Link>
        </li>
      ))}
    </ul>
  );
}
