/** Escapes text for XML content. */
export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A minimal MML v4.1 document holding `body` (already XML) as a FreeExpression,
 * the way an EHR export would lay it out.
 */
export function mmlV4FreeExpression(body: string, opts: { uid?: string; masterId?: string; confirmDate?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Mml version="4.1.2" xmlns="http://www.medxml.net/MML/v4/base/1.0"
  xmlns:mmlCm="http://www.medxml.net/MML/v4/SharedComponent/Common/1.0"
  xmlns:mmlPc="http://www.medxml.net/MML/v4/ContentModule/ProgressCourse/1.0"
  xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <MmlHeader>
    <masterId><mmlCm:Id mmlCm:type="facility">${opts.masterId ?? 'P-0001'}</mmlCm:Id></masterId>
  </MmlHeader>
  <MmlBody>
    <MmlModuleItem>
      <docInfo contentModuleType="progressCourse">
        <title generationPurpose="record">経過記録</title>
        <docId><uid>${opts.uid ?? 'DOC-0001'}</uid></docId>
        <confirmDate>${opts.confirmDate ?? '2021-05-27T10:00:00'}</confirmDate>
      </docInfo>
      <content>
        <mmlPc:ProgressCourseModule>
          <mmlPc:FreeExpression>
${body}
          </mmlPc:FreeExpression>
        </mmlPc:ProgressCourseModule>
      </content>
    </MmlModuleItem>
  </MmlBody>
</Mml>
`;
}
