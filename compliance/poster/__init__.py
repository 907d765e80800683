"""The A3 poster of CPR Art. 50(1)(d): one print-ready PDF page per project page, in the page's
language, drawn with ReportLab from the project's facts."""
