import { describe, expect, it } from 'vitest';
import { useRef } from 'react';
import { render, screen } from '@testing-library/react';
import { useFocusFollows } from '../../../src/renderer/src/hooks/useFocusFollows';

/** A walkthrough in miniature: a list whose one step is replaced as it moves on, and a button outside it. */
function Steps({ step }: { step: number }) {
  const region = useRef<HTMLOListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const follow = useFocusFollows(String(step), () => ({ focus: heading.current }), region);
  return (
    <>
      <button type="button" onClick={follow}>
        Start over
      </button>
      <button type="button">Elsewhere</button>
      <ol ref={region}>
        <li key={step}>
          <h2 ref={heading} tabIndex={-1}>
            Step {step}
          </h2>
          <button type="button">Done with step {step}</button>
        </li>
        <li>
          <button type="button">Read about every step</button>
        </li>
      </ol>
    </>
  );
}

describe('useFocusFollows', () => {
  it('moves focus to the new step when the focused button went with the old one', () => {
    const view = render(<Steps step={1} />);
    screen.getByRole('button', { name: 'Done with step 1' }).focus();
    view.rerender(<Steps step={2} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Step 2' }));
  });

  it('moves focus to the new step when the person was anywhere in the steps', () => {
    const view = render(<Steps step={1} />);
    screen.getByRole('button', { name: 'Read about every step' }).focus();
    view.rerender(<Steps step={2} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Step 2' }));
  });

  it('moves focus on when it was lost to the page', () => {
    const view = render(<Steps step={1} />);
    (document.activeElement as HTMLElement | null)?.blur();
    view.rerender(<Steps step={2} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Step 2' }));
  });

  it('leaves focus where it is when the change came from outside and the person is elsewhere', () => {
    const view = render(<Steps step={1} />);
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    elsewhere.focus();
    view.rerender(<Steps step={2} />);
    expect(document.activeElement).toBe(elsewhere);
  });

  it('follows the next change when an action outside asked it to', () => {
    const view = render(<Steps step={2} />);
    const startOver = screen.getByRole('button', { name: 'Start over' });
    startOver.focus();
    startOver.click();
    view.rerender(<Steps step={1} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Step 1' }));
  });

  it('does nothing while the step stays the same', () => {
    const view = render(<Steps step={1} />);
    const done = screen.getByRole('button', { name: 'Done with step 1' });
    done.focus();
    view.rerender(<Steps step={1} />);
    expect(document.activeElement).toBe(done);
  });
});
