<#ftl output_format="XHTML" strip_whitespace=true>
<#--
	The page frame that every exported document shares: the XHTML head with the inline style sheet,
	the PDF's outline and running header, and the notices of withheld material. Documents are
	XHTML, so the same output is a self-contained HTML page and the input of the PDF renderer.
	Variables: pdf (whether the output becomes a PDF) and text (the messages by key).
-->
<#macro page title subtitle author bookmarks runningTitle shared>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xml:lang="en-GB">
<head>
<meta charset="UTF-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${title}</title>
<meta name="subject" content="${subtitle}"/>
<#if author?has_content><meta name="author" content="${author}"/></#if>
<meta name="generator" content="SIP QM Workbench"/>
<style>
<@styles/>
</style>
<#if pdf>
<bookmarks>
<#list bookmarks as bookmark>
<bookmark name="${bookmark.name}" href="#${bookmark.anchor}"><#list bookmark.children as child><bookmark name="${child.name}" href="#${child.anchor}"/></#list></bookmark>
</#list>
</bookmarks>
</#if>
</head>
<body>
<#if pdf>
<div class="running-header">${runningTitle}</div>
<div class="running-footer">${shared?then(text.Audience_shared, text.Audience_internal)?cap_first}</div>
</#if>
<#nested>
</body>
</html>
</#macro>

<#-- The audience line and the redaction service's notices of what was left out. -->
<#macro audience note shared withheld>
<p class="audience ${shared?then('audience-shared', 'audience-internal')}">${note}</p>
<#if withheld?has_content>
<div class="withheld" id="withheld">
<p class="withheld-heading">${text.Document_withheld}</p>
<ul>
<#list withheld as line><li>${line}</li></#list>
</ul>
</div>
</#if>
</#macro>

<#-- Text that users typed, with their line breaks kept. -->
<#macro prose value><p class="prose">${value}</p></#macro>

<#macro styles>
html { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #1a1a1a; }
body { margin: 0; }
h1 { font-size: 18pt; color: #1d3557; margin: 0 0 2pt 0; }
h2 { font-size: 13pt; color: #1d3557; border-bottom: 1.5pt solid #1d3557; padding-bottom: 2pt; margin: 16pt 0 6pt 0; page-break-after: avoid; }
h3 { font-size: 11pt; color: #1d3557; margin: 12pt 0 4pt 0; page-break-after: avoid; }
p { margin: 0 0 6pt 0; }
.subtitle { font-size: 12pt; margin: 0 0 10pt 0; }
.prose { white-space: pre-line; }
p, td, th, li, dd { word-wrap: break-word; }
table { border-collapse: collapse; width: 100%; }
table.fields th { text-align: left; font-weight: bold; width: 32%; padding: 2pt 8pt 2pt 0; vertical-align: top; }
table.fields td { padding: 2pt 0; vertical-align: top; }
table.data { margin: 4pt 0 8pt 0; -fs-table-paginate: paginate; }
table.data th { background: #e8edf3; text-align: left; font-weight: bold; }
table.data th, table.data td { border: 0.5pt solid #9aa7b5; padding: 3pt 4pt; vertical-align: top; }
table.data td.number, table.data th.number { text-align: right; }
tr { page-break-inside: avoid; }
.audience { padding: 4pt 8pt; margin: 10pt 0; border-left: 3pt solid #1d3557; background: #eef2f7; }
.audience-internal { border-left-color: #9b2226; background: #fbeaea; }
.withheld { padding: 4pt 8pt; margin: 0 0 10pt 0; border: 0.75pt solid #e07a00; background: #fff4e5; }
.withheld-heading { font-weight: bold; margin: 0 0 2pt 0; }
.withheld ul { margin: 0; padding-left: 14pt; }
.judgement, .response { border-bottom: 0.5pt solid #c5ccd4; padding: 4pt 0 6pt 0; page-break-inside: avoid; }
.criterion { font-weight: bold; margin: 0 0 2pt 0; }
.code { color: #1d3557; }
.critical { font-weight: normal; font-style: italic; color: #5a5a5a; }
.grade { font-weight: bold; padding: 1pt 4pt; }
.grade-1 { background: #1b7837; color: #ffffff; }
.grade-2 { background: #a6dba0; color: #00331a; }
.grade-3 { background: #fdb863; color: #3d2600; }
.grade-4 { background: #b2182b; color: #ffffff; }
.grade-none { background: #dddddd; color: #333333; }
.label { font-weight: bold; }
.evidence-list { margin: 2pt 0 0 0; padding-left: 14pt; font-size: 9pt; }
.details { color: #4a4a4a; }
.note { font-size: 9pt; color: #4a4a4a; }
.produced { margin-top: 16pt; font-size: 8pt; color: #4a4a4a; }
.chart { margin: 6pt 0; }
.distribution { page-break-inside: avoid; }
.nowrap { white-space: nowrap; }
col.narrow { width: 13%; }
col.short { width: 16%; }
col.medium { width: 20%; }
.chart svg { max-width: 100%; height: auto; }
.met { color: #1b5e20; font-weight: bold; }
.not-met { color: #9b2226; font-weight: bold; }
<#if pdf>
@page {
	size: A4;
	margin: 22mm 16mm 20mm 16mm;
	@top-left { content: element(header); }
	@bottom-left { content: element(footer); }
	@bottom-right { content: "${text.Document_page} " counter(page) " ${text.Document_pageOf} " counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; color: #4a4a4a; }
}
.running-header { position: running(header); font-size: 8pt; color: #4a4a4a; }
.running-footer { position: running(footer); font-size: 8pt; color: #4a4a4a; }
object.grade-chart { display: block; width: 100%; }
<#else>
body { max-width: 52em; margin: 2em auto; padding: 0 1.5em; }
@media print {
	@page { size: A4; margin: 18mm 16mm; }
	body { max-width: none; margin: 0; padding: 0; }
}
</#if>
</#macro>
