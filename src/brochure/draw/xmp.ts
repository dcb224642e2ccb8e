/**
 * The XMP metadata packet: title, author, subject, language and dates as in the document info,
 * and the PDF/UA identification (`pdfuaid:part 1`) that tells a reader the file means to be
 * accessible. Every value comes from the plan and the build's date, so the bytes stay the same.
 */
import type { DocumentInfo } from './metadata.ts';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (char) => XML_ESCAPES[char] ?? char);

export function xmpPacket(info: DocumentInfo, date: Date): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const lang = escapeXml(info.language);
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    `<dc:format>application/pdf</dc:format><dc:title>${alt(info.title)}</dc:title><dc:description>${alt(info.subject)}</dc:description>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.author)}</rdf:li></rdf:Seq></dc:creator><dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreateDate>${when}</xmp:CreateDate><xmp:ModifyDate>${when}</xmp:ModifyDate><xmp:MetadataDate>${when}</xmp:MetadataDate>`,
    '<xmp:CreatorTool>aanbodgids</xmp:CreatorTool><pdf:Producer>aanbodgids</pdf:Producer><pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description></rdf:RDF></x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n');
}
