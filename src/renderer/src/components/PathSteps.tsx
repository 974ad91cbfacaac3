/** Where to tap, one screen after another: "Settings › Your name › iCloud". */

/** Props for a path. */
export interface PathStepsProps {
  steps: string[];
  label?: string;
}

/** An ordered list styled as a trail of screens. */
export function PathSteps({ steps, label = 'Where to look' }: PathStepsProps) {
  return (
    <ol className="path" aria-label={label}>
      {steps.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ol>
  );
}
