"""HTML replies as clients send them, beyond the corpus: structure marks the quote, signature and footer."""

from __future__ import annotations

import pytest

from statement_collector.extract import extract

S = "I support this bill because my neighbors work on dairy farms."
CASES = {
"outlook_desktop": f'<html><body><div class=WordSection1><p class=MsoNormal>{S}<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class=MsoNormal><b>From:</b> Campaign &lt;info@example.org&gt; <br><b>Sent:</b> Monday, November 23, 2026 9:14 AM<br><b>To:</b> Ana<br><b>Subject:</b> Hearing</p></div></div><p class=MsoNormal>Please reply.</p></div></body></html>',
"gmail_sig": f'<div dir="ltr"><div>{S}</div><br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature"><div dir="ltr">Ana Lopez<br>Organizer, Addison County</div></div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 23, 2026 at 9:14 AM Campaign &lt;<a href="mailto:info@example.org">info@example.org</a>&gt; wrote:<br></div><blockquote class="gmail_quote">Please reply.</blockquote></div>',
"thunderbird_sig": f'<html><body><p>{S}</p><div class="moz-signature">-- <br>Ana Lopez</div><div class="moz-cite-prefix">On 11/23/26 9:14 AM, Campaign wrote:<br></div><blockquote type="cite">Please reply.</blockquote></body></html>',
"proton": f'<div style="font-family: Arial;">{S}</div><div class="protonmail_signature_block"><div class="protonmail_signature_block-proton">Sent with <a href="https://proton.me">Proton Mail</a> secure email.</div></div><div class="protonmail_quote">------- Original Message -------<br>On Monday, November 23rd, 2026 at 9:14 AM, Campaign wrote:<blockquote class="protonmail_quote">Please reply.</blockquote></div>',
"outlook_web": f'<div dir="ltr"><div style="font-family: Calibri">{S}</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri"><b>From:</b> Campaign<br><b>Sent:</b> Monday<br><b>Subject:</b> Hearing</font><div>&nbsp;</div></div><div>Please reply.</div></div>',
"apple": f'<html><body dir="auto">{S}<br><br><div dir="ltr">Sent from my iPhone</div><div dir="ltr"><br><blockquote type="cite">On Nov 23, 2026, at 9:14 AM, Campaign &lt;info@example.org&gt; wrote:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">Please reply.</div></blockquote></body></html>',
"two_paras_html": f'<div dir="ltr"><p>{S}</p><p>Please pass it this session.</p><p>Thanks,<br>Ana</p></div>',
}


@pytest.mark.parametrize("client", sorted(CASES))
def test_html_reply_gives_only_the_supporters_words(client: str) -> None:
    want = f"{S}\n\nPlease pass it this session." if client == "two_paras_html" else S
    assert extract("", CASES[client]).text == want
