// Meilisearch highlights arrive wrapped in \u0001…\u0002 (search.server.ts asks for these
// control characters instead of HTML tags). Splitting on them and rendering text nodes and
// <mark> elements keeps feed content as text: no HTML from a feed ever reaches the page.
import { Fragment } from "react";

const PRE = "\u0001";
const POST = "\u0002";

export interface HighlightSegment {
  text: string;
  mark: boolean;
}

export function highlightSegments(value: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let mark = false;
  for (const part of value.split(/([\u0001\u0002])/)) {
    if (part === PRE) mark = true;
    else if (part === POST) mark = false;
    else if (part) segments.push({ text: part, mark });
  }
  return segments;
}

export function Highlighted({ text }: { text: string }) {
  return <>{highlightSegments(text).map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>))}</>;
}
