import type { Segment } from './highlight';

/** Text with its evidence in <mark>: every run is a text node, so pasted or page text is never HTML. */
export function HighlightedText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
