import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Tests check behaviour, not speed: on a busy machine a lazily loaded screen can take longer to
// appear than Testing Library's default second of waiting (the suite's own timeout is 20 s).
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
