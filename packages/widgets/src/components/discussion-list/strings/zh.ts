// <mnh-discussion-list>'s interface text in Chinese.
import type { DiscussionListStrings } from './en.js';

const zh: DiscussionListStrings = {
  title: '讨论空间',
  empty: '目前没有开放的讨论空间。',
  kinds: { topic: '主题', event: '活动' },
  states: { open: '开放中', upcoming: '即将开放', closed: '已关闭' },
  until: '开放至{date}',
  opens: '将于{date}开放',
  comments: { other: '{n} 条评论' },
  locked: '已锁定',
  noDiscussions: '暂无讨论。',
};

export default zh;
