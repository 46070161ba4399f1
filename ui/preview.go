package ui

import (
	"sort"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"postwijs/checker"
)

// maxPreview is how much of a post the preview draws; the longest network
// allows 63,206 characters, and drawing more would slow typing down.
const maxPreview = 70000

// preview shows the post with every finding's span in bold, in its
// severity's colour: an Entry cannot style ranges, RichText can.
type preview struct {
	text    *widget.RichText
	content fyne.CanvasObject
}

func newPreview() *preview {
	p := &preview{text: widget.NewRichText()}
	p.text.Wrapping = fyne.TextWrapWord
	p.content = container.NewVScroll(p.text)
	return p
}

func (p *preview) render(text string, fs []checker.Finding) {
	p.text.Segments = segments(text, fs)
	p.text.Refresh()
}

// segments cuts the text at every finding boundary; each piece takes the
// style of the most severe finding covering it.
func segments(text string, fs []checker.Finding) []widget.RichTextSegment {
	cut := len(text)
	if cut > maxPreview {
		cut = maxPreview
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
	}
	bounds := []int{0, cut}
	for _, f := range fs {
		bounds = append(bounds, min(f.Start, cut), min(f.End, cut))
	}
	sort.Ints(bounds)
	var out []widget.RichTextSegment
	var last *widget.TextSegment
	lastSev := checker.Severity(-1)
	for i := 0; i+1 < len(bounds); i++ {
		a, b := bounds[i], bounds[i+1]
		if a == b {
			continue
		}
		sev := worstAt(fs, a, b)
		if last != nil && sev == lastSev {
			last.Text += text[a:b]
			continue
		}
		last = &widget.TextSegment{Text: text[a:b], Style: segmentStyle(sev)}
		lastSev = sev
		out = append(out, last)
	}
	if cut < len(text) {
		out = append(out, &widget.TextSegment{Text: "\n" + T("preview.truncated"), Style: widget.RichTextStyleEmphasis})
	}
	return out
}

// worstAt is the highest severity of the findings covering [a, b), or -1.
func worstAt(fs []checker.Finding, a, b int) checker.Severity {
	worst := checker.Severity(-1)
	for _, f := range fs {
		if f.Start <= a && f.End >= b && f.Severity > worst {
			worst = f.Severity
		}
	}
	return worst
}

// segmentStyle marks a finding's words in bold and in the colour of its
// severity. Not underlined: Fyne loads its whole set of fonts (the emoji
// font among them) again for every text style in use, and bold is in use
// already (tabs, headings), so an underline would cost about 5 MB.
func segmentStyle(sev checker.Severity) widget.RichTextStyle {
	if sev < 0 {
		return widget.RichTextStyleInline
	}
	return widget.RichTextStyle{
		Inline:    true,
		ColorName: severityColorName(sev),
		TextStyle: fyne.TextStyle{Bold: true},
	}
}
