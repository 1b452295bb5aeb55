#!/usr/bin/env python3
"""Writes qualcoder.qdpx: a REFI-QDA project in the shape QualCoder exports
(a User, nested Codes with colours, a TextSource whose plain text is an
archive entry, PlainTextSelections with Codings and a Description), read by
tests/import/test-import-qdpx.c. The text has CRLF line ends and accented
names, so character offsets, bytes and the normalised text all differ.
Run it from this folder:  python3 make-qdpx-fixture.py"""

import zipfile

DATE = (2024, 3, 12, 9, 0, 0)
USER = "{5C94BC9E-DB8C-4F1D-9CD6-E900C7440860}"
SOURCE = "a2b94468-80a5-412f-92d6-e900d97b55a6"

TEXT = ("Harbour Works Briefing\r\n\r\n"
        "Zoë Ruiz: Good morning. We laid 1,250 km of pipe this year.\r\n\r\n"
        "Tobias Engel, Coastal Weekly: How much did it cost?\r\n\r\n"
        "Zoë Ruiz: It cost 48.6 million, as the café owners know.\r\n")


def span(needle):
    start = TEXT.index(needle)        # Python counts code points, as QDA-XML does
    return start, start + len(needle)


def selection(guid, needle, codes, note=None):
    start, end = span(needle)
    codings = ''.join(
        f'<Coding guid="{guid[:-2]}{i:02d}" creatingUser="{USER}" creationDateTime="2024-03-12T09:30:00Z">'
        f'<CodeRef targetGUID="{code}"/></Coding>' for i, code in enumerate(codes))
    description = f'<Description>{note}</Description>' if note else ''
    return (f'<PlainTextSelection guid="{guid}" name="{needle[:20]}" startPosition="{start}" '
            f'endPosition="{end}" creatingUser="{USER}" creationDateTime="2024-03-12T09:30:00Z">'
            f'{description}{codings}</PlainTextSelection>')


INFRA = "11111111-1111-4111-8111-111111111111"
PIPES = "22222222-2222-4222-8222-222222222222"
MONEY = "{33333333-3333-4333-8333-333333333333}"

PROJECT = f'''<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="Harbour interviews" origin="QualCoder 3.5" creatingUserGUID="{USER}" creationDateTime="2024-03-12T09:00:00Z">
<Users><User guid="{USER}" name="mira"/></Users>
<CodeBook><Codes>
<Code guid="{INFRA}" name="Infrastructure" isCodable="true" color="#3584E4">
<Code guid="{PIPES}" name="Pipes" isCodable="true" color="#2ec27e"><Description>anything about the network</Description></Code>
</Code>
<Code guid="{MONEY}" name="Money" isCodable="true" color="#F00"/>
</Codes></CodeBook>
<Sources>
<PictureSource guid="44444444-4444-4444-8444-444444444444" name="map" path="internal://map.png"/>
<TextSource guid="{SOURCE}" name="harbour.txt" plainTextPath="internal://{SOURCE}.txt" creatingUser="{USER}" creationDateTime="2024-03-12T09:00:00Z">
{selection("55555555-5555-4555-8555-555555555500", "1,250 km of pipe", [PIPES])}
{selection("66666666-6666-4666-8666-666666666600", "How much did it cost?", [MONEY.upper()])}
{selection("77777777-7777-4777-8777-777777777700", "48.6 million, as the café owners know", [MONEY, INFRA], "check the café")}
</TextSource>
</Sources>
</Project>
'''

with zipfile.ZipFile('qualcoder.qdpx', 'w') as z:
    for name, data in (('project.qde', PROJECT), (f'sources/{SOURCE}.txt', TEXT)):
        info = zipfile.ZipInfo(name, DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data.encode('utf-8'))
