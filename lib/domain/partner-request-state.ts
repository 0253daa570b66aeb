import { today } from "./clock";
import type { SeekingStatus } from "./enums";

/** The board's states: open (status open and not past its closing date), found, closed (or past its closing date). */
export const BOARD_STATES = ["open", "found", "closed"] as const;
export type BoardState = (typeof BOARD_STATES)[number];

type PostState = { status: SeekingStatus; closesOn: string | null };

/** Whether a post still takes responses: open, and its closing day (inclusive) not yet past. */
export function isEffectivelyOpen(post: PostState, day: string = today()): boolean {
  return post.status === "open" && (post.closesOn === null || post.closesOn >= day);
}

/** Where the board shows a post: open, found, or closed (by its author, or because its closing day has passed). */
export function boardState(post: PostState, day: string = today()): BoardState {
  if (post.status === "found") return "found";
  return isEffectivelyOpen(post, day) ? "open" : "closed";
}
