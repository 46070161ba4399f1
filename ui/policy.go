package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"postwijs/assets"
)

// policyPanel is the "Beleid" tab: the whole policy, searchable, and able
// to scroll to one point when a finding asks for it.
type policyPanel struct {
	search  *widget.Entry
	scroll  *container.Scroll
	intro   fyne.CanvasObject
	org     *fyne.Container // the organisation's own policy text, if any
	cards   []fyne.CanvasObject
	points  []assets.PolicyPoint
	content fyne.CanvasObject
}

func newPolicyPanel(p assets.Policy) *policyPanel {
	pp := &policyPanel{points: p.Points}
	pp.search = widget.NewEntry()
	pp.search.SetPlaceHolder(T("policy.search"))
	pp.search.OnChanged = pp.filter
	var objs []fyne.CanvasObject
	intro := []fyne.CanvasObject{widget.NewLabelWithStyle(p.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	for _, para := range p.Intro {
		intro = append(intro, wrapped(para))
	}
	for _, s := range []string{"error", "warning", "info"} {
		intro = append(intro, wrapped(T("severity."+s)+": "+p.Severity[s]))
	}
	pp.intro = container.NewVBox(intro...)
	pp.org = container.NewVBox()
	objs = append(objs, pp.org, pp.intro)
	for _, pt := range p.Points {
		card := pointCard(pt)
		pp.cards = append(pp.cards, card)
		objs = append(objs, card)
	}
	pp.scroll = container.NewVScroll(container.NewVBox(objs...))
	pp.content = container.NewBorder(pp.search, nil, nil, nil, pp.scroll)
	return pp
}

// pointCard shows one point: its number and title as a heading that wraps
// in a narrow panel, whether it is a rule or advice, and the full text.
func pointCard(pt assets.PolicyPoint) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(T("policy.point", pt.Number, pt.Title), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	title.SizeName = theme.SizeNameSubHeadingText
	kind := widget.NewLabel(T("policy.kind." + pt.Kind))
	kind.Importance = widget.HighImportance
	kind.SizeName = theme.SizeNameCaptionText
	return container.NewVBox(
		widget.NewSeparator(), title, kind,
		wrapped(pt.Text),
		wrapped(T("policy.why")+" "+pt.Why),
		wrapped(T("policy.checks")+" "+pt.Checks),
	)
}

func setVisible(o fyne.CanvasObject, visible bool) {
	if visible {
		o.Show()
	} else {
		o.Hide()
	}
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// setOrgPolicy shows the organisation's own policy text above the
// built-in policy, or nothing when there is none.
func (pp *policyPanel) setOrgPolicy(name, text string) {
	pp.org.Objects = nil
	if text != "" {
		title := T("policy.org")
		if name != "" {
			title = T("policy.orgnamed", name)
		}
		heading := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		heading.Wrapping = fyne.TextWrapWord
		pp.org.Objects = []fyne.CanvasObject{heading, wrapped(text), widget.NewSeparator()}
	}
	pp.org.Refresh()
}

// filter shows only the points whose text holds every word of the query.
func (pp *policyPanel) filter(query string) {
	terms := strings.Fields(strings.ToLower(query))
	setVisible(pp.intro, len(terms) == 0)
	setVisible(pp.org, len(terms) == 0)
	for i, pt := range pp.points {
		hay := strings.ToLower(strings.Join([]string{pt.Title, pt.Text, pt.Why, pt.Checks}, " "))
		match := true
		for _, t := range terms {
			if !strings.Contains(hay, t) {
				match = false
				break
			}
		}
		setVisible(pp.cards[i], match)
	}
	pp.scroll.Content.Refresh()
	pp.scroll.ScrollToTop()
}

// show clears the search and scrolls to point n.
func (pp *policyPanel) show(n int) {
	if pp.search.Text != "" {
		pp.search.SetText("")
	}
	for i, pt := range pp.points {
		if pt.Number == n {
			pp.scroll.ScrollToOffset(pp.cards[i].Position())
			return
		}
	}
}

// visible lists the numbers of the points the search leaves visible.
func (pp *policyPanel) visible() []int {
	var out []int
	for i, c := range pp.cards {
		if c.Visible() {
			out = append(out, pp.points[i].Number)
		}
	}
	return out
}
