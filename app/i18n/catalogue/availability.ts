// Messages of the abuse and availability limits (issue 19): body size and type, uploads.
export const availabilityZh = {
  "http.bodyTooLarge": "请求内容过大（此页面最多接受 {limit}）。",
  "http.lengthRequired": "请求必须声明内容长度（Content-Length）。",
  "form.unsupportedBody": "无法读取提交的内容：请通过页面上的表单提交。",
  "form.malformedBody": "提交的内容不完整或格式有误，请重新提交。",
  "sources.urlHasCredentials": "网址中不能包含用户名或密码（如 http://用户:密码@…）：请去掉后再保存。",
  "upload.typeNotAllowed": "不接受此类文件（{name}）：请上传 PDF、Office 文档、图片、文本或压缩包。",
} as const;

export const availabilityEn: Record<keyof typeof availabilityZh, string> = {
  "http.bodyTooLarge": "The request is too large (this page accepts at most {limit}).",
  "http.lengthRequired": "The request must declare its length (Content-Length).",
  "form.unsupportedBody": "The submitted content could not be read: please submit it through the form on the page.",
  "form.malformedBody": "The submitted content was incomplete or malformed; please submit it again.",
  "sources.urlHasCredentials": "The address must not contain a user name or password (as in http://user:pass@…): remove them and save again.",
  "upload.typeNotAllowed": "Files of this type are not accepted ({name}): upload PDF, Office documents, images, text or archives.",
};
