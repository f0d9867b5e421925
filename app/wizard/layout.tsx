'use client';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { WizardProvider, useWizard } from '@/components/wizard/wizard-provider';
import StepsNav from '@/components/wizard/steps-nav';

function Shell({ children }: { children: React.ReactNode }) {
  const params = useParams<{ step: string }>();
  const w = useWizard();
  return (
    <div className="wizard">
      <a className="skip" href="#step-content">Skip to the step</a>
      <aside>
        <p className="brand"><Link href="/">Chartwright</Link></p>
        <StepsNav current={params.step} postgres={w.state.postgres} />
      </aside>
      <main id="step-content" tabIndex={-1}>
        {w.notice ? (
          <div className="notice" role="alert">
            {w.notice} <button type="button" onClick={w.dismissNotice}>Dismiss</button>
          </div>
        ) : null}
        {w.ready ? children : <p role="status">Loading your chart…</p>}
      </main>
    </div>
  );
}

export default function WizardLayout({ children }: { children: React.ReactNode }) {
  return (
    <WizardProvider>
      <Shell>{children}</Shell>
    </WizardProvider>
  );
}
