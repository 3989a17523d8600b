// Step 5 of <mnh-practice-form>: links added one by one, and files uploaded to the draft as they are chosen.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { submissionMediaType } from '@mnh/sdk';
import { fill } from '../../../internal/i18n.js';
import { isolate } from '../../../internal/render.js';
import { chosenList } from '../fields.js';
import type { FormView } from '../fields.js';

/** The Hub's limit for an attachment; the hub checks it too, this only spares a useless upload. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

const webAddress = (text: string): boolean => {
  try {
    return /^https?:$/.test(new URL(text).protocol) && /^https?:\/\//i.test(text);
  } catch {
    return false;
  }
};

function error(v: FormView, pointer: string) {
  const message = v.error(pointer);
  return message ? html`<p id="${pointer.slice(1).replace('/', '-')}-error" part="field-error" class="field-error" dir="auto">${message}</p>` : nothing;
}

export function filesStep(v: FormView): TemplateResult {
  const { s, draft, locale } = v;
  const links = v.content.links ?? [];
  const files = draft.submission?.files ?? [];
  const kb = new Intl.NumberFormat(locale.lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  const addLink = (e: Event) => {
    const group = (e.currentTarget as HTMLElement).closest('fieldset')!;
    const title = group.querySelector<HTMLInputElement>('#f-links')!;
    const url = group.querySelector<HTMLInputElement>('#f-links-url')!;
    if (!title.value.trim()) return title.focus();
    const wrong = !webAddress(url.value.trim());
    v.check('/links/url', wrong ? s.urlInvalid : undefined);
    if (wrong) return url.focus();
    draft.set('links', [...links, { title: title.value.trim(), url: url.value.trim() }]);
    title.value = url.value = '';
    title.focus();
  };
  const choose = (e: Event) => {
    const input = e.target as HTMLInputElement;
    for (const file of input.files ?? []) {
      const fits = submissionMediaType(file, file.name) && file.size > 0 && file.size <= MAX_FILE_BYTES;
      v.check('/files', fits ? undefined : fill(s.fileRefused, { name: isolate(file.name) }));
      if (fits) v.attach(file);
    }
    input.value = '';
  };
  return html`<fieldset class="wide group">
      <legend>${s.links}</legend>
      ${chosenList(
        s,
        links.map((link) => `${isolate(link.title)} – ${link.url}`),
        (i) => draft.set('links', links.filter((_, j) => j !== i)),
      )}
      ${error(v, '/links')}
      <div class="field">
        <label for="f-links">${s.linkTitle}</label>
        <input id="f-links" maxlength="300" dir="auto" autocomplete="off" />
      </div>
      <div class="field">
        <label for="f-links-url">${s.linkUrl}</label>
        ${error(v, '/links/url')}
        <input
          id="f-links-url"
          type="url"
          dir="ltr"
          maxlength="2000"
          autocomplete="off"
          aria-describedby=${v.error('/links/url') ? 'links-url-error' : nothing}
          aria-invalid=${v.error('/links/url') ? 'true' : 'false'}
        />
      </div>
      <button type="button" class="quiet" @click=${addLink}>${s.add}</button>
    </fieldset>
    <div part="field" class="field wide">
      <label for="f-files">${s.files}</label>
      <p id="f-files-hint" class="hint">${s.filesHint}</p>
      ${error(v, '/files')}
      ${files.length
        ? html`<ul part="files" class="chosen">
            ${files.map((f) => html`<li><span dir="auto">${f.filename}</span> <span class="muted">${kb.format(Math.max(1, Math.round(f.size / 1024)))}</span></li>`)}
          </ul>`
        : nothing}
      <input
        id="f-files"
        type="file"
        multiple
        accept=".pdf,.docx,.png,.jpg,.jpeg,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg"
        aria-describedby=${v.error('/files') ? 'f-files-hint files-error' : 'f-files-hint'}
        @change=${choose}
      />
      ${v.uploading
        ? html`<p class="busy"><progress aria-label=${fill(s.uploading, { name: isolate(v.uploading) })}></progress> ${fill(s.uploading, { name: isolate(v.uploading) })}</p>`
        : nothing}
    </div>`;
}
