#!/usr/bin/env python3
"""Writes briefing.docx and briefing.odt, the small office fixtures of
tests/import/test-import-office.c. Run it from this folder after changing it:
    python3 make-office-fixtures.py
The files are written with fixed dates so that they come out byte for byte
the same."""

import zipfile

DATE = (2024, 3, 12, 9, 0, 0)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def entry(z, name, text, compress=zipfile.ZIP_DEFLATED):
    info = zipfile.ZipInfo(name, DATE)
    info.compress_type = compress
    z.writestr(info, text.encode('utf-8'))


def w_run(text, bold=False):
    props = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def w_para(*runs, style=None):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    return f'<w:p>{props}{"".join(runs)}</w:p>'


def docx(path):
    body = ''.join([
        w_para(w_run('Harbour Works Briefing'), style='Title'),
        w_para(w_run('Port Authority, 12 March 2024')),
        w_para(w_run('Mira Castellanos-Oyelaran:', bold=True),
               w_run(' Good morning. We finished the north quay'),
               '<w:r><w:tab/></w:r>',
               w_run('on time.')),
        w_para(w_run('Tobias Engel, Coastal Weekly', bold=True),
               w_run(': How much did the quay cost?')),
        # a tracked change: "forty" deleted, "48.6" inserted; a line break
        w_para(w_run('Mira Castellanos-Oyelaran:', bold=True),
               '<w:r><w:br/></w:r>',
               w_run('It cost '),
               '<w:del w:id="1" w:author="Ed"><w:r><w:delText>forty</w:delText></w:r></w:del>',
               '<w:ins w:id="2" w:author="Ed"><w:r><w:t>48.6</w:t></w:r></w:ins>',
               w_run(' million, '),
               '<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
               w_run('see the report'), '</w:hyperlink>',
               w_run('.')),
        # bold that is emphasis, not a name
        w_para(w_run('Important', bold=True), w_run(' the ferries keep running.')),
        '<w:tbl><w:tr><w:tc>' + w_para(w_run('Table cell text.')) + '</w:tc></w:tr></w:tbl>',
        '<w:sectPr/>',
    ])
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document {W}><w:body>{body}</w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            '<dc:title>Not the title: the Title paragraph wins</dc:title><dc:language>en-GB</dc:language>'
            '</cp:coreProperties>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             '</Types>')
    with zipfile.ZipFile(path, 'w') as z:
        entry(z, '[Content_Types].xml', types)
        entry(z, 'word/document.xml', document)
        entry(z, 'docProps/core.xml', core)


NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def odt(path):
    content = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS} office:version="1.3">
<office:automatic-styles>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>
<office:change-info><dc:creator>Ed</dc:creator></office:change-info><text:p>forty</text:p>
</text:deletion></text:changed-region>
<text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>Ed</dc:creator></office:change-info></text:insertion></text:changed-region>
</text:tracked-changes>
<text:h text:outline-level="1">Harbour Works Briefing</text:h>
<text:p>Port Authority, 12 March 2024</text:p>
<text:p><text:span text:style-name="T1">Mira Castellanos-Oyelaran:</text:span> Good morning. We finished<text:s text:c="3"/>the north quay<text:tab/>on time.</text:p>
<text:p><text:span text:style-name="T1">Tobias Engel, Coastal Weekly</text:span>: How much did the quay cost?</text:p>
<text:p><text:span text:style-name="T1">Mira Castellanos-Oyelaran:</text:span><text:line-break/>It cost <text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>48.6<text:change-end text:change-id="ct2"/> million.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>A footnote.</text:p></text:note-body></text:note></text:p>
<text:list><text:list-item><text:p>The first berth opens in June.</text:p></text:list-item></text:list>
<text:p text:style-name="P1">Zoë Ruiz:</text:p>
<text:p>Ferries keep running.<office:annotation><dc:creator>Ed</dc:creator><text:p>check this</text:p></office:annotation></text:p>
</office:text></office:body>
</office:document-content>
'''
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS} office:version="1.3">'
            '<office:meta><dc:title>Meta title</dc:title><dc:language>en-GB</dc:language></office:meta>'
            '</office:document-meta>')
    with zipfile.ZipFile(path, 'w') as z:
        entry(z, 'mimetype', 'application/vnd.oasis.opendocument.text', zipfile.ZIP_STORED)
        entry(z, 'content.xml', content)
        entry(z, 'meta.xml', meta)


docx('briefing.docx')
odt('briefing.odt')
