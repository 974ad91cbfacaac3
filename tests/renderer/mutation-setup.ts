import { configure } from '@testing-library/react';

// Under mutation testing a mutant that changes what a screen says makes `findBy…` wait for text
// that never comes; waiting 3 s rather than 10 s lets that test fail fast instead of timing out.
// Tests run one at a time there, so a screen that loads on first use still shows well within it.
configure({ asyncUtilTimeout: 3000 });
