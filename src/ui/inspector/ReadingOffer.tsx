// Beside an expectation message with no typed promise: the promise the audit reads from its words
// ("Read from the text: within 2 days"), offered to accept (it becomes the typed promise), to edit
// (accept, then change it in the promise fields) or to dismiss (`readPromise: false`: the audit
// stops reading this message; "Read the text again" takes that back). A typed promise always wins,
// so then nothing is offered. Each choice is one edit of the row, so one undo step.
import { Check, Pencil, ScanText, X } from 'lucide-react';
import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { quantityOfReading, readingsInText, readingText, type PromiseReading } from '../../audit';
import { t } from '../../i18n/en';
import type { Expectation } from '../../model/schema';
import type { ListRow } from './ListSection';

export function ReadingOffer({ row }: { row: ListRow<Expectation> }) {
  const s = t.inspector.expectations;
  const ref = useRef<HTMLDivElement>(null);
  const { item } = row;
  if (item.promise) return null;
  const readings = readingsInText(item.message);
  if (readings.length === 0) return null;
  if (item.readPromise === false) {
    return (
      <div className="insp-reading is-dismissed">
        <span className="insp-reading-text">{s.dismissed}</span>
        <button type="button" className="insp-reading-button" title={s.readAgainTitle} onClick={() => row.update({ readPromise: undefined })}>
          <ScanText size={13} aria-hidden /> {s.readAgain}
        </button>
      </div>
    );
  }
  const accept = (reading: PromiseReading, thenEdit: boolean) => {
    // This offer goes away with the typed promise: find the promise fields from the row first.
    const fields = ref.current?.closest('.insp-row-fields');
    flushSync(() => row.update({ promise: quantityOfReading(reading) }));
    if (thenEdit) {
      const value = fields?.querySelector<HTMLInputElement>('.insp-quantity .insp-number');
      value?.focus();
      value?.select();
    }
  };
  return (
    <div className="insp-readings" ref={ref}>
      {readings.map((reading) => {
        const amount = readingText(reading);
        return (
          <div key={`${reading.start}:${reading.end}`} className="insp-reading" role="group" aria-label={s.readingLabel(amount)}>
            <span className="insp-reading-text">
              <ScanText size={14} aria-hidden className="insp-reading-icon" /> {s.readFromText} <strong dir="auto">{amount}</strong>
            </span>
            <span className="insp-reading-actions">
              <button type="button" className="insp-reading-button is-accept" title={s.acceptTitle} onClick={() => accept(reading, false)}>
                <Check size={13} aria-hidden /> {s.accept}
              </button>
              <button type="button" className="insp-reading-button" title={s.editTitle} onClick={() => accept(reading, true)}>
                <Pencil size={12} aria-hidden /> {s.edit}
              </button>
              <button type="button" className="insp-reading-button" title={s.dismissTitle} onClick={() => row.update({ readPromise: false })}>
                <X size={13} aria-hidden /> {s.dismiss}
              </button>
            </span>
          </div>
        );
      })}
    </div>
  );
}
