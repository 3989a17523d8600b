// Shows the discussion the address names (?discussion=dsc_…), else the first open one.
const thread = document.querySelector('mnh-discussion-thread');
const hint = document.getElementById('choose');
const chosen = new URLSearchParams(location.search).get('discussion');

async function firstOpenDiscussion() {
  const api = document.querySelector('mnh-provider').getAttribute('api');
  const response = await fetch(`${api}/v1/spaces?state=open&limit=1`);
  if (!response.ok) return undefined;
  const { items } = await response.json();
  return items[0]?.discussions[0]?.id;
}

const id = chosen ?? (await firstOpenDiscussion());
if (id) {
  thread.setAttribute('discussion', id);
  hint.hidden = true;
} else {
  thread.hidden = true;
}
