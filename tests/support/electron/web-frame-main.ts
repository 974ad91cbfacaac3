/**
 * A stand-in for Electron's WebFrameMain: one frame of a web contents, with its URL, origin,
 * parent (null for the top frame) and child frames. A frame that navigates starts a new document;
 * an IPC event from the old document then sees `senderFrame` as null, as Electron documents.
 */
import { EventEmitter } from 'node:events';
import type { StandInWebContents } from './web-contents';

let nextRoutingId = 1;
let nextTreeNodeId = 100;

/** One frame of a stand-in web contents. */
export class StandInFrame extends EventEmitter {
  readonly frames: StandInFrame[] = [];
  readonly routingId = nextRoutingId++;
  readonly frameTreeNodeId = nextTreeNodeId++;
  name = '';
  /** Which document the frame shows; bumped on every navigation. */
  document = 0;
  private destroyed = false;

  constructor(
    readonly contents: StandInWebContents,
    readonly parent: StandInFrame | null,
    private currentUrl: string,
  ) {
    super();
  }

  /** The frame's URL. */
  get url(): string {
    return this.currentUrl;
  }

  /** The frame's origin, serialized as Electron does ("null" for an opaque one). */
  get origin(): string {
    try {
      const origin = new URL(this.currentUrl).origin;
      return origin === 'null' || origin === '' ? 'null' : origin;
    } catch {
      return 'null';
    }
  }

  /** The top frame of the frame's tree. */
  get top(): StandInFrame {
    return this.parent ? this.parent.top : this;
  }

  /** The process the frame's renderer runs in: the web contents' own. */
  get processId(): number {
    return this.contents.processId;
  }

  /** This frame and every frame below it. */
  get framesInSubtree(): StandInFrame[] {
    return [this, ...this.frames.flatMap((frame) => frame.framesInSubtree)];
  }

  /** Whether the frame has gone. */
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Evaluates `code` in the frame's page, through the page the test attached to the web contents. */
  executeJavaScript(code: string): Promise<unknown> {
    return this.contents.executeJavaScript(code);
  }

  /** The page adds an iframe showing `url`. */
  addChild(url: string): StandInFrame {
    const child = new StandInFrame(this.contents, this, url);
    this.frames.push(child);
    return child;
  }

  /** A navigation commits: the frame shows a new document, and its child frames go. */
  commit(url: string): void {
    this.currentUrl = url;
    this.document += 1;
    for (const child of this.frames.splice(0)) child.destroy();
  }

  /** The frame is removed, with everything below it. */
  destroy(): void {
    for (const child of this.frames.splice(0)) child.destroy();
    this.destroyed = true;
  }
}
