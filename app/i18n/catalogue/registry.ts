// Messages of the exporter registry (企业名录) import and the party-name matcher.
export const registryZh = {
  "registry.badCsv": "无法解析 CSV 文件（引号或分隔符不完整）",
  "registry.empty": "文件为空",
  "registry.missingColumns": "缺少列：{columns}",
  "registry.creditCodeCheck": "统一社会信用代码校验位不正确（GB 32100-2015）",
  "registry.duplicateInFile": "与第 {line} 行的统一社会信用代码重复",
  "registry.unknownIndustry": "未知行业：{value}（请使用行业分类的编号或中英文名称）",
  "registry.invalidHsCode": "HS 编码应为 4、6、8 或 10 位数字：{value}",
};
export const registryEn: Record<keyof typeof registryZh, string> = {
  "registry.badCsv": "The CSV file cannot be parsed (unbalanced quotes or separators)",
  "registry.empty": "The file is empty",
  "registry.missingColumns": "Missing columns: {columns}",
  "registry.creditCodeCheck": "The check character of the unified social credit code is wrong (GB 32100-2015)",
  "registry.duplicateInFile": "Same unified social credit code as line {line}",
  "registry.unknownIndustry": "Unknown industry: {value} (use a taxonomy id or its Chinese/English name)",
  "registry.invalidHsCode": "An HS code has 4, 6, 8 or 10 digits: {value}",
};
