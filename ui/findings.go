package ui

import (
	"fmt"
	"image/color"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"postwijs/checker"
)

// maxShown caps the findings drawn in the sidebar: a pasted book should not
// freeze the window, and nobody reads past the first hundred.
const maxShown = 100

// findingsPanel is the "Controle" tab: a summary and the findings grouped
// by policy point, most serious group first.
type findingsPanel struct {
	w       *Window
	summary *widget.Label
	box     *fyne.Container
	shown   []checker.Finding
	content fyne.CanvasObject
}

func newFindingsPanel(w *Window) *findingsPanel {
	p := &findingsPanel{w: w, summary: widget.NewLabel(T("findings.waiting")), box: container.NewVBox()}
	p.summary.Wrapping = fyne.TextWrapWord
	p.content = container.NewBorder(p.summary, nil, nil, nil, container.NewVScroll(p.box))
	return p
}

// render replaces the sidebar's content with the findings for text.
func (p *findingsPanel) render(text string, fs []checker.Finding) {
	p.shown = fs
	p.summary.SetText(summaryText(fs))
	var objs []fyne.CanvasObject
	count := 0
	for _, g := range groupByPoint(fs) {
		if count >= maxShown {
			break
		}
		objs = append(objs, p.pointHeader(g.point))
		for _, f := range g.findings {
			if count >= maxShown {
				break
			}
			objs = append(objs, p.card(f))
			count++
		}
	}
	if len(fs) > count {
		objs = append(objs, widget.NewLabel(T("findings.more", len(fs)-count)))
	}
	p.box.Objects = objs
	p.box.Refresh()
}

func summaryText(fs []checker.Finding) string {
	if len(fs) == 0 {
		return T("findings.none")
	}
	e, w, i := checker.Counts(fs)
	var parts []string
	for _, c := range []struct {
		key string
		n   int
	}{{"error", e}, {"warning", w}, {"info", i}} {
		if c.n == 1 {
			parts = append(parts, T("count."+c.key+".one", c.n))
		} else if c.n > 1 {
			parts = append(parts, T("count."+c.key+".other", c.n))
		}
	}
	return strings.Join(parts, " · ")
}

type pointGroup struct {
	point    int
	worst    checker.Severity
	findings []checker.Finding
}

// groupByPoint groups findings per policy point: groups with errors first,
// then by point number; findings in a group in text order.
func groupByPoint(fs []checker.Finding) []pointGroup {
	byPoint := map[int]*pointGroup{}
	var groups []*pointGroup
	for _, f := range fs {
		g := byPoint[f.Point]
		if g == nil {
			g = &pointGroup{point: f.Point, worst: f.Severity}
			byPoint[f.Point] = g
			groups = append(groups, g)
		}
		g.findings = append(g.findings, f)
		if f.Severity > g.worst {
			g.worst = f.Severity
		}
	}
	sort.SliceStable(groups, func(i, j int) bool {
		if groups[i].worst != groups[j].worst {
			return groups[i].worst > groups[j].worst
		}
		return groups[i].point < groups[j].point
	})
	out := make([]pointGroup, len(groups))
	for i, g := range groups {
		out[i] = *g
	}
	return out
}

// pointHeader names the policy point; tapping it opens the policy there.
func (p *findingsPanel) pointHeader(n int) fyne.CanvasObject {
	title := ""
	if pt, ok := p.w.policy.Point(n); ok {
		title = pt.Title
	}
	link := widget.NewHyperlink(T("findings.point", n, title), nil)
	link.TextStyle = fyne.TextStyle{Bold: true}
	link.Wrapping = fyne.TextWrapWord
	link.OnTapped = func() { p.w.showPolicyPoint(n) }
	return link
}

// card shows one finding; tapping it puts the cursor at its text.
func (p *findingsPanel) card(f checker.Finding) fyne.CanvasObject {
	icon := widget.NewIcon(severityIcon(f.Severity))
	head := widget.NewLabelWithStyle(severityName(f.Severity)+"  "+excerpt(f.Text), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Truncation = fyne.TextTruncateEllipsis
	msg := widget.NewLabel(f.Message)
	msg.Wrapping = fyne.TextWrapWord
	rows := []fyne.CanvasObject{container.NewBorder(nil, nil, icon, nil, head), msg}
	if actions := p.actions(f); len(actions) > 0 {
		// The buttons wrap: a long word's suggestions beside "Toevoegen
		// aan woordenboek" must not widen the panel, or the window.
		rows = append(rows, container.New(layout.NewRowWrapLayout(), actions...))
	}
	bg := canvas.NewRectangle(severityTint(f.Severity))
	bg.CornerRadius = theme.InputRadiusSize()
	body := container.NewStack(bg, container.NewPadded(container.NewVBox(rows...)))
	return newTapArea(body, func() { p.w.editor.moveCursor(f.Start) })
}

// maxSuggestions is how many replacements a card offers as buttons.
const maxSuggestions = 3

// actions are the buttons of a finding: its suggestions, best first.
func (p *findingsPanel) actions(f checker.Finding) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for i, s := range f.Suggestions {
		if i == maxSuggestions {
			break
		}
		label := excerpt(s)
		if i == 0 {
			label = T("findings.apply", label)
		}
		b := widget.NewButton(label, func() { p.w.editor.replace(f, s) })
		if i > 0 {
			b.Importance = widget.LowImportance
		}
		out = append(out, b)
	}
	if f.Rule == "spelling" {
		add := widget.NewButton(T("findings.addword"), func() { p.w.addToDictionary(f.Text) })
		add.Importance = widget.LowImportance
		out = append(out, add)
	}
	ignore := widget.NewButton(T("findings.ignore"), func() { p.w.ignoreFinding(f) })
	ignore.Importance = widget.LowImportance
	return append(out, ignore)
}

func severityName(s checker.Severity) string {
	return T("severity." + s.String())
}

func severityIcon(s checker.Severity) fyne.Resource {
	switch s {
	case checker.Error:
		return theme.NewErrorThemedResource(theme.ErrorIcon())
	case checker.Warning:
		return theme.NewWarningThemedResource(theme.WarningIcon())
	}
	return theme.NewPrimaryThemedResource(theme.InfoIcon())
}

// severityColorName is the theme colour that marks a severity, in the
// sidebar and in the preview.
func severityColorName(s checker.Severity) fyne.ThemeColorName {
	switch s {
	case checker.Error:
		return theme.ColorNameError
	case checker.Warning:
		return theme.ColorNameWarning
	}
	return theme.ColorNamePrimary
}

// severityTint is a faint background in the severity's colour.
func severityTint(s checker.Severity) color.Color {
	c := theme.Color(severityColorName(s))
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x22}
}

// excerpt quotes a finding's text on one line, shortened when long.
func excerpt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 40 {
		s = string(r[:40]) + "…"
	}
	return fmt.Sprintf("“%s”", s)
}
