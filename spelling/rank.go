package spelling

import (
	"sort"
	"strings"
)

// candidates collects suggestions with their error-model cost.
type candidates struct {
	typed  string // the word as typed
	wrong  []rune // the word as searched: lower case
	wt     *weights
	seen   map[string]float64
	fixed  map[string]bool // costs set by the caller (candidates.set)
	hyphen bool            // the word ends in a hyphen ("bedrijfs-"), so may its corrections
}

// set offers form at a cost decided by the caller, not the error model,
// which the prior leaves alone.
func (c *candidates) set(form string, cost float64) {
	if form == c.typed {
		return
	}
	if c.fixed == nil {
		c.fixed = map[string]bool{}
	}
	c.fixed[form] = true
	if old, ok := c.seen[form]; !ok || cost < old {
		c.seen[form] = cost
	}
}

func (c *candidates) add(form string, extra float64) {
	if form == c.typed || !c.hyphen && strings.HasSuffix(form, "-") {
		return
	}
	c.offer(form, c.wt.cost(c.wrong, []rune(form))+extra)
}

// offer keeps form at cost unless it is already there for less.
func (c *candidates) offer(form string, cost float64) {
	if form == c.typed {
		return
	}
	if old, ok := c.seen[form]; !ok || cost < old {
		c.seen[form] = cost
	}
}

// maxCost drops candidates that are more than three plain edits away: a
// far-fetched suggestion is worse than none.
const maxCost = 3

func (c *candidates) best(n int, shape func(string) string) []string {
	type scored struct {
		form string
		cost float64
	}
	var all []scored
	for f, cost := range c.seen {
		if cost <= maxCost {
			all = append(all, scored{f, cost})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].cost != all[j].cost {
			return all[i].cost < all[j].cost
		}
		return all[i].form < all[j].form
	})
	out := make([]string, 0, n)
	done := map[string]bool{}
	var listed []string // the listed case of suggestions given in the case typed
	for _, s := range all {
		f := shape(s.form)
		if f == c.typed {
			// The typed case is the mistake ("PH" for "pH"): offer the
			// case the dictionary lists.
			f = s.form
		}
		if f != s.form {
			listed = append(listed, s.form)
		}
		if !done[f] {
			done[f] = true
			out = append(out, f)
		}
		if len(out) == n {
			return out
		}
	}
	// Room to spare: the listed case too, for a capital that was not the
	// start of a sentence ("Zika-virus" -> "Zikavirus", "zikavirus").
	for _, f := range listed {
		if !done[f] && len(out) < n {
			done[f] = true
			out = append(out, f)
		}
	}
	return out
}

// reshape gives a suggestion the case the word was typed in. A listed
// form with capitals of its own ("Utrecht", "IJsland") keeps them.
func reshape(form string, shape wordCase, dutch bool) string {
	switch shape {
	case capitalised:
		return upperFirst(form, dutch)
	case upper:
		return strings.ToUpper(form)
	}
	return form // typed in mixed case: the listed case is the right one
}

// bestCost is the cost of the best candidate so far.
func (c *candidates) bestCost() float64 {
	best := 1e9
	for _, cost := range c.seen {
		best = min(best, cost)
	}
	return best
}
