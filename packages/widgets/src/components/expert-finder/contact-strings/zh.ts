// <mnh-expert-finder>'s contact form text in Chinese.
import type { ContactStrings } from './en.js';

const zh: ContactStrings = {
  title: '写信给{name}',
  privacy: '平台通过电子邮件发送您的留言；专家将直接回复到您的地址。专家的地址保持保密。',
  signInFirst: '请登录后再写信给这位专家。',
  subject: '主题',
  message: '留言',
  left: '还可输入 {n} 个字符',
  send: '发送留言',
  sending: '正在发送…',
  cancel: '取消',
  sent: '您的留言已发出。专家将通过电子邮件回复您。',
  tooMany: '您发送的留言已达到平台目前允许的上限。请在 {minutes} 分钟后重试。',
  contactOff: '这位专家不接受通过平台发送的留言。',
  failed: '留言未能发送。请重试。',
};

export default zh;
