'use client';
import StepView from './step-view';
import ReviewView from './review-view';

export default function StepPage({ id }: { id: string }) {
  return id === 'review' ? <ReviewView /> : <StepView key={id} id={id} />;
}
