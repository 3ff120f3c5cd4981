import { useState } from 'react';
import { useLocale } from '../i18n/locale';

/**
 * Copies the page's address: the whole view is in it. Where the clipboard is refused (an
 * insecure intranet origin, a locked-down browser) the address is shown selected instead.
 */
export function CopyLinkButton() {
  const { t } = useLocale();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = () => {
    const href = window.location.href;
    if (navigator.clipboard === undefined) return setState('manual');
    navigator.clipboard.writeText(href).then(
      () => setState('copied'),
      () => setState('manual'),
    );
  };
  return (
    <div className="copy-link">
      <button type="button" onClick={copy}>
        {t.url.copyLink}
      </button>
      <span role="status">{state === 'copied' ? t.url.copied : ''}</span>
      {state === 'manual' && (
        <label>
          {t.url.copyManually}{' '}
          <input readOnly value={window.location.href} onFocus={(e) => e.target.select()} />
        </label>
      )}
    </div>
  );
}
