/// <reference types="vite/client" />
import type { Bridge } from '../../shared/ipc';

declare global {
  interface Window {
    /** The Bridge the preload (or the end-to-end harness) exposes. */
    lifeboat: Bridge;
  }
}
