// <mnh-discussion-thread> against the real hub: reading, posting by keyboard, hostile text, live updates, moderation.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHubSession, memoryTokenStorage } from '@mnh/sdk';
import type { HubSession } from '@mnh/sdk';
import '../src/components/discussion-thread/define.js';
import type { MnhDiscussionThread } from '../src/components/discussion-thread/discussion-thread.js';
import type { Comment, Discussion, Space } from '../src/components/discussion-thread/discussion-api.js';
import { $, $$, api, flakyApi, hubUp, member, registerTestOrigin, shadow, signInCode, text, until } from './support/hub.js';

declare global {
  var __pwned: number | undefined;
}

/** Signs `email` in once for the whole file: each address may be sent only a few codes. */
async function signedIn(email: string): Promise<HubSession> {
  const session = createHubSession({ baseUrl: api, storage: memoryTokenStorage() });
  await session.requestSignInCode(email);
  await session.signIn(email, await signInCode(email));
  return session;
}

async function call<T>(session: HubSession, method: string, path: string, body?: object): Promise<T> {
  const response = await session.fetch(
    new Request(api + path, { method, headers: body ? { 'Content-Type': 'application/json' } : {}, body: body && JSON.stringify(body) }),
  );
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 || response.status === 202 ? undefined : await response.json()) as T;
}

let moderator: HubSession;
let omar: HubSession;
let priya: HubSession;
let samuel: HubSession;
let amina: HubSession;

/** A space open since yesterday with one discussion of two questions. */
async function openSpace(slug: string, settings: object = {}): Promise<{ space: Space; discussion: Discussion }> {
  const space = await call<Space>(moderator, 'POST', '/v1/spaces', {
    slug,
    kind: 'event',
    title: `Regional review ${slug}`,
    welcome: 'Welcome to the **regional review**. Read the [guidance](https://example.org/guidance) first.',
    audience: 'Member States and stakeholders',
    languages: ['en'],
    opensAt: new Date(Date.now() - 86_400_000).toISOString(),
    closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    settings,
  });
  const discussion = await call<Discussion>(moderator, 'POST', `/v1/spaces/${space.slug}/discussions`, {
    title: 'Fair recruitment in the region',
    questions: ['What has worked to lower recruitment fees?', 'Where do you need support?'],
  });
  return { space, discussion };
}

const post = (session: HubSession, discussion: string, markdown: string, parentId?: string, question = 1) =>
  call<Comment>(session, 'POST', `/v1/discussions/${discussion}/comments`, { question, parentId, markdown });

async function thread(discussion: string, session?: HubSession, live = 'auto'): Promise<MnhDiscussionThread> {
  const el = await fixture<MnhDiscussionThread>(
    html`<mnh-discussion-thread api=${api} discussion=${discussion} live=${live} .session=${session}></mnh-discussion-thread>`,
  );
  await until(el, '.question', 'the questions never appeared');
  return el;
}

const article = (el: Element, id: string) => shadow(el).getElementById(`c-${id}`);
const focused = (el: Element) => shadow(el).activeElement;

function button(el: Element, within: Element | ShadowRoot, label: string): HTMLButtonElement {
  const found = [...within.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);
  if (!found) throw new Error(`no “${label}” button in ${el.localName}`);
  return found;
}

/** Long enough for a round trip to the hub on a busy machine; the live checks keep their two seconds. */
const patient = { timeout: 5000 };

let main: { space: Space; discussion: Discussion };
let first: Comment;
let second: Comment;
let third: Comment;

describe('<mnh-discussion-thread>', () => {
  before(async () => {
    await registerTestOrigin();
    moderator = await signedIn('moderator@example.org');
    omar = await signedIn('contributor1@example.org');
    priya = await signedIn('contributor2@example.org');
    samuel = await signedIn('contributor3@example.org');
    amina = await signedIn(member.email);
    main = await openSpace('thread-main');
    first = await post(omar, main.discussion.id, 'Caps on fees, *enforced* by labour inspectors:\n\n- licensing\n- joint inspections');
    second = await post(priya, main.discussion.id, '> Caps on fees\n\nThey helped in our clinics too.', first.id);
    third = await post(samuel, main.discussion.id, 'Which inspectorates took part?', second.id);
  });

  it('is accessible: reading, and the reply form', async () => {
    const el = await thread(main.discussion.id, amina);
    await expect(el).to.be.accessible();
    button(el, article(el, first.id)!, 'Reply').click();
    await until(el, '.inline-form textarea');
    await expect(el).to.be.accessible();
  });

  it('shows the welcome text, the numbered questions and the threaded comments with author, organisation and date', async () => {
    const el = await thread(main.discussion.id);
    expect(text($(el, 'h2'))).to.equal('Fair recruitment in the region');
    expect(text($(el, '[part="welcome"]'))).to.equal('Welcome to the regional review. Read the guidance first.');
    expect($(el, '[part="welcome"] strong').textContent).to.equal('regional review');
    const questions = $$(el, '.question h3').map(text);
    expect(questions).to.deep.equal(['Question 1', 'Question 2']);
    const top = article(el, first.id)!;
    expect(text(top.querySelector('.author'))).to.equal('Omar Farouk');
    expect(text(top.querySelector('.organisation'))).to.equal('Ministry of Labour and Migration, Mexico');
    expect(text(top.querySelector('time'))).to.match(/\w+ \d{1,2}, \d{4}/);
    expect([...top.querySelectorAll('[part="body"] li')].map(text)).to.deep.equal(['licensing', 'joint inspections']);
    // Replies to replies, each inside its parent's list of replies.
    const reply = article(el, second.id)!;
    expect(reply.closest('li.comment')!.parentElement!.closest('li.comment')!.querySelector('article')).to.equal(top);
    expect(text(reply.querySelector('blockquote'))).to.equal('Caps on fees');
    expect(article(el, third.id)!.closest('ul.replies')!.closest('li.comment')!.querySelector('article')).to.equal(reply);
    // Anyone may read; replying asks to sign in, in place.
    button(el, top, 'Reply').click();
    await until(el, 'mnh-sign-in');
    expect(text($(el, '[part="sign-in-box"] p'))).to.equal('Sign in to take part in the discussion.');
  });

  it('posts a reply with the keyboard, focuses it and announces it', async () => {
    const el = await thread(main.discussion.id, amina);
    const reply = button(el, article(el, first.id)!, 'Reply');
    reply.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.localName === 'textarea', 'the reply box never took focus', patient);
    // The name is isolated, so a name in another script reads right in any language.
    expect(text($(el, '.inline-form label'))).to.equal('Your reply to \u2068Omar Farouk\u2069');
    await sendKeys({ type: 'Recruitment **without fees** is possible.' });
    await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.equal('Post');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.localName === 'article', 'focus never moved to the reply posted', patient);
    const posted = focused(el)!;
    expect(text(posted.querySelector('.author'))).to.equal(member.name);
    expect(text(posted.querySelector('.organisation'))).to.equal(member.organisation);
    expect(posted.querySelector('strong')?.textContent).to.equal('without fees');
    expect(posted.closest('li.comment')!.parentElement!.closest('li.comment')!.querySelector('article')).to.equal(article(el, first.id));
    expect(text($(el, '[role="status"]'))).to.equal('Your comment is posted.');
    // Their own comment, within the edit window, can be edited.
    expect(() => button(el, posted, 'Edit')).not.to.throw();
  });

  it('edits the reader’s own comment (marked edited), reports someone else’s with a reason, and deletes their own', async () => {
    const own = await post(amina, main.discussion.id, 'A first draft.', undefined, 2);
    const el = await thread(main.discussion.id, amina);
    await until(el, `#c-${own.id}`);
    // Nobody else's comment offers editing; others' offer a report instead.
    expect(() => button(el, article(el, first.id)!, 'Edit')).to.throw();
    button(el, article(el, own.id)!, 'Edit').click();
    await until(el, '.inline-form textarea');
    const box = $<HTMLTextAreaElement>(el, '.inline-form textarea');
    expect(box.value).to.equal('A first draft.');
    box.value = 'A second, *better* draft.';
    button(el, $(el, '.inline-form'), 'Save').click();
    await waitUntil(() => text(article(el, own.id)).includes('(edited)'), 'no edited mark', patient);
    expect(article(el, own.id)!.querySelector('em')?.textContent).to.equal('better');

    button(el, article(el, first.id)!, 'Report').click();
    await until(el, '.inline-form textarea');
    expect(text($(el, '.inline-form label'))).to.equal('Why should a moderator look at this comment?');
    button(el, $(el, '.inline-form'), 'Send the report').click();
    await waitUntil(() => text(shadow(el).querySelector('[role="alert"]')) === 'Write something first.', 'an empty report was not refused', patient);
    $<HTMLTextAreaElement>(el, '.inline-form textarea').value = 'Advertising a recruitment agency.';
    button(el, $(el, '.inline-form'), 'Send the report').click();
    await waitUntil(() => text($(el, '[role="status"]')) === 'Thank you: a moderator will look at this comment.', 'the report was not confirmed', patient);

    button(el, article(el, own.id)!, 'Delete').click();
    await until(el, '.inline-form');
    expect(text($(el, '.inline-form p'))).to.equal('Delete this comment? This cannot be undone.');
    button(el, $(el, '.inline-form'), 'Delete').click();
    await waitUntil(() => !article(el, own.id), 'the deleted comment stayed', patient);
    expect(text($(el, '[role="status"]'))).to.equal('The comment is deleted.');
    expect(focused(el)?.id).to.equal('q-2');
  });

  it('keeps a corpus of hostile comments inert: nothing runs, no markup is made, the text stays readable', async () => {
    const corpus = [
      '<script>window.__pwned=1</script>Script tag',
      '<img src=x onerror="window.__pwned=2">Image handler',
      '[Click me](javascript:window.__pwned=3) and <a href="javascript:window.__pwned=3">raw link</a>',
      '<svg onload="window.__pwned=4"><circle/></svg>SVG',
      '<img src=x onerror=window.__pwned=5//<b>unclosed <i>markup',
      '<iframe srcdoc="<script>parent.__pwned=6</script>"></iframe>Frame',
      '[data](data:text/html,<script>window.__pwned=7</script>) [vb](vbscript:msgbox) [safe](https://example.org/ok)',
      'Bidi \u202egnp.exe\u202c and zero\u200bwidth java\u200bscript:window.__pwned=8 ＜script＞fullwidth＜/script＞',
    ];
    const posters = [omar, priya, samuel];
    const posted: Comment[] = [];
    for (const [i, markdown] of corpus.entries()) posted.push(await post(posters[i % 3]!, main.discussion.id, markdown, undefined, 2));
    // What is stored is what was written.
    expect(posted.map((c) => c.body?.markdown)).to.deep.equal(corpus);

    const el = await thread(main.discussion.id);
    await until(el, `#c-${posted.at(-1)!.id}`);
    const all = [...shadow(el).querySelectorAll('*')];
    expect(all.filter((e) => ['script', 'img', 'svg', 'iframe', 'object', 'embed'].includes(e.localName))).to.deep.equal([]);
    expect(all.flatMap((e) => e.getAttributeNames().filter((name) => name.startsWith('on')))).to.deep.equal([]);
    const links = $$<HTMLAnchorElement>(el, '[part="body"] a');
    expect(links.map((a) => a.href)).to.deep.equal(['https://example.org/ok']);
    expect(links[0]!.rel).to.equal('nofollow ugc noopener');
    const shown = posted.map((c) => text(article(el, c.id)?.querySelector('[part="body"]')));
    expect(shown[0]).to.contain('<script>window.__pwned=1</script>Script tag');
    expect(shown[1]).to.contain('<img src=x onerror="window.__pwned=2">Image handler');
    expect(shown[3]).to.contain('SVG');
    expect(shown[6]).to.contain('safe');
    expect(shown[7]).to.contain('＜script＞fullwidth＜/script＞');
    // Give any handler a chance to have run.
    await new Promise((done) => setTimeout(done, 300));
    expect(window.__pwned).to.equal(undefined);
  });

  it('shows a comment posted elsewhere in two open widgets within two seconds, and announces it politely', async () => {
    const [one, two] = [await thread(main.discussion.id), await thread(main.discussion.id)];
    const focusedBefore = document.activeElement;
    const fresh = await post(priya, main.discussion.id, 'Fresh from the field.');
    await waitUntil(() => article(one, fresh.id) && article(two, fresh.id), 'the new comment never reached both widgets', { timeout: 2000 });
    expect(text(article(two, fresh.id)!.querySelector('[part="body"]'))).to.equal('Fresh from the field.');
    // Arrivals are gathered for a second, so a burst is announced once.
    await waitUntil(() => text($(one, '[role="status"]')) === '1 new comment', 'the comment was never announced', { timeout: 3000 });
    expect(document.activeElement).to.equal(focusedBefore);
  });

  it('falls back to polling when asked to, and still follows the discussion', async () => {
    const el = await thread(main.discussion.id, undefined, 'poll');
    const fresh = await post(samuel, main.discussion.id, 'Seen by polling.');
    await waitUntil(() => article(el, fresh.id), 'polling never brought the comment', { timeout: 5000 });
  });

  it('lets a moderator hide a comment in place, and it disappears live for everyone else', async () => {
    const target = await post(omar, main.discussion.id, 'Off-topic advertising.', undefined, 2);
    const reader = await thread(main.discussion.id);
    const desk = await thread(main.discussion.id, moderator);
    await until(desk, `#c-${target.id}`);
    await until(reader, `#c-${target.id}`);
    button(desk, article(desk, target.id)!, 'Hide').click();
    await waitUntil(() => !article(reader, target.id), 'the hidden comment stayed for the reader', { timeout: 2000 });
    // The moderator keeps it, marked, and can restore it.
    await waitUntil(() => text(article(desk, target.id)).includes('Hidden by a moderator'), 'no hidden mark for the moderator', patient);
    button(desk, article(desk, target.id)!, 'Restore').click();
    await waitUntil(() => article(reader, target.id), 'the restored comment never came back', { timeout: 2000 });
  });

  it('marks a pending comment for its author in a pre-moderated space, and shows it to others once approved', async () => {
    const premod = await openSpace('thread-premod', { preModeration: true });
    const mine = await thread(premod.discussion.id, amina);
    const reader = await thread(premod.discussion.id);
    button(mine, shadow(mine), 'Answer question 1').click();
    await until(mine, '.inline-form textarea');
    $<HTMLTextAreaElement>(mine, '.inline-form textarea').value = 'Awaiting a moderator.';
    button(mine, $(mine, '.inline-form'), 'Post').click();
    await waitUntil(() => text($(mine, '[role="status"]')).startsWith('Thank you: your comment will appear'), 'no thanks', patient);
    const pending = $(mine, 'article.pending');
    expect(text(pending.querySelector('[part="badge"]'))).to.equal('Awaiting moderation');
    expect($$(reader, 'article')).to.have.length(0);
    const desk = await thread(premod.discussion.id, moderator);
    // The moderator's controls in place are as accessible as the reader's view.
    await expect(desk).to.be.accessible();
    expect($$(desk, '.moderation button').map(text)).to.deep.equal(['Lock the discussion']);
    button(desk, $(desk, 'article.pending'), 'Approve').click();
    await waitUntil(() => $$(reader, 'article').length === 1, 'the approved comment never reached the reader', { timeout: 2000 });
  });

  it('shows a closed space read-only, with a clear notice', async () => {
    const closed = await openSpace('thread-closed');
    await post(omar, closed.discussion.id, 'Said before closing.');
    await call(moderator, 'PATCH', `/v1/spaces/${closed.space.slug}`, { state: 'closed' });
    const el = await thread(closed.discussion.id, amina);
    expect(text($(el, '[part="notice"]'))).to.equal('This space is closed: you can read the discussion, but no longer post.');
    expect($$(el, 'article')).to.have.length(1);
    expect($$(el, 'button').map(text)).not.to.include.members(['Reply', 'Answer question 1', 'Edit']);
    await expect(el).to.be.accessible();
  });

  it('shows a space’s first discussion when given only the space, and says what is missing when given neither', async () => {
    const el = await fixture<MnhDiscussionThread>(html`<mnh-discussion-thread api=${api} space="thread-main"></mnh-discussion-thread>`);
    await until(el, '.question');
    expect(text($(el, 'h2'))).to.equal('Fair recruitment in the region');
    const bare = await fixture<MnhDiscussionThread>(html`<mnh-discussion-thread api=${api}></mnh-discussion-thread>`);
    expect(text($(bare, '[role="alert"]'))).to.equal('Set the discussion attribute (or the space attribute) to the discussion to show.');
  });

  it('says when the hub cannot be reached, and loads once it can', async () => {
    await hubUp(false);
    try {
      const el = await fixture<MnhDiscussionThread>(html`<mnh-discussion-thread api=${flakyApi} discussion=${main.discussion.id} live="off"></mnh-discussion-thread>`);
      await until(el, '[part="error"]');
      expect(text($(el, '[part="error"] p'))).to.equal('The service could not be reached. Check your connection and try again.');
      await hubUp(true);
      button(el, shadow(el), 'Try again').click();
      await until(el, '.question');
    } finally {
      await hubUp(true);
    }
  });

  it('speaks Arabic, right to left', async () => {
    const el = await fixture<MnhDiscussionThread>(html`<mnh-discussion-thread api=${api} discussion=${main.discussion.id} lang="ar"></mnh-discussion-thread>`);
    await waitUntil(() => text(shadow(el).querySelector('.question h3')) === 'السؤال ١' || text(shadow(el).querySelector('.question h3')) === 'السؤال 1', 'no Arabic', patient);
    expect(el.getAttribute('dir')).to.equal('rtl');
  });
});
