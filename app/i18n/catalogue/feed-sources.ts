// Messages of the feed-source hardening: network policy, OPML limits, publishing to exporters.
// zh is the source; en must match its keys.
export const feedSourcesZh = {
  "feedSources.refused":
    "已拒绝连接 {host}（{address}）：这是内网、回环、链路本地、组播或云元数据等非公网地址，信息源默认只能从公网地址抓取。如确需抓取内网信息源，请由管理员在 FEED_ALLOWED_NETWORKS 中开放该主机或网段。",
  "feedSources.opmlTooManyFeeds": "该文件列出的信息源超过 {max} 个，请拆分后分批导入。",
};

export const feedSourcesEn: Record<keyof typeof feedSourcesZh, string> = {
  "feedSources.refused":
    "Refused to connect to {host} ({address}): it is a private, loopback, link-local, multicast or cloud-metadata address, and feeds are only fetched from public addresses by default. To fetch an intranet feed, an administrator can open that host or range in FEED_ALLOWED_NETWORKS.",
  "feedSources.opmlTooManyFeeds": "The file lists more than {max} feeds; split it and import the parts one at a time.",
};
