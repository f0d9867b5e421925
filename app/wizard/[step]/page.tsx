import { notFound } from 'next/navigation';
import { STEP_IDS } from '@/lib/wizard/steps';
import StepPage from '@/components/wizard/step-page';

export function generateStaticParams() {
  return STEP_IDS.map((step) => ({ step }));
}

export const dynamicParams = false;

export default async function Page({ params }: { params: Promise<{ step: string }> }) {
  const { step } = await params;
  if (!STEP_IDS.includes(step)) notFound();
  return <StepPage id={step} />;
}
