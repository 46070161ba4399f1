package checker

// Point 7: "jullie ... nooit/altijd ..." blames every reader at once and
// invites a row, whatever the complaint behind it.

var hostileAccusation = &Rule{
	ID: "hostile-accusation", Point: 7, Severity: Warning,
	Check: func(d *Doc, report Report) {
		v := toneOf(d)
		if v.quiet {
			return
		}
		for s := range v.sents {
			if who, to, ok := v.accusation(s); ok {
				from := v.clauses[v.words[who].clause].first
				v.report(report, from, to, d.T(
					"“Jullie … nooit/altijd …” klinkt als een verwijt aan iedereen tegelijk en lokt een welles-nietes uit. Beschrijf wat er deze keer gebeurde en wat je zou willen.",
					"“You people never/always …” blames everyone at once and invites a row. Describe what happened this time and what you would like instead."))
			}
		}
	},
	Examples: []Example{
		{Text: "<m>Jullie snappen er ook nooit iets van</m>."},
		{Text: "Weer vertraging. <m>Jullie zijn altijd te laat</m>!"},
		{Text: "<m>Waarom luisteren jullie nooit naar je klanten</m>?"},
		{Text: "<m>You people never listen</m>."},
		{Text: "Jullie staan altijd voor ons klaar, dank je wel!"},
		{Text: "Jullie laten ons nooit in de steek."},
		{Text: "Bij jullie is het nooit saai."},
		{Text: "Jullie zijn altijd welkom om langs te komen."},
		{Text: "Ik zie jullie nooit meer, wat jammer."},
	},
}

// accusation finds "jullie"/"jij"/"you people" as the subject of a sentence
// that says they never do right or always do wrong, and returns the word
// of the accused and the last word of the sentence.
func (v *toneView) accusation(s int) (int, int, bool) {
	st := v.sents[s]
	who := v.accused(st)
	if who < 0 || v.inSentence(tPraise, s) {
		return 0, 0, false
	}
	never, always, neg := false, false, false
	// From the accused on: "ik heb nooit gezegd dat jullie ..." accuses no one.
	cl := v.clauses[v.words[who].clause]
	for i := cl.first; i <= st.last; i++ {
		w := v.words[i]
		switch {
		case w.quoted:
		case w.class&cNever != 0, (w.low == "niets" || w.low == "niks") && i > cl.first && isOneOf(v.words[i-1].low, "ook", "helemaal", "weer"):
			never = true
		case w.class&cAlways != 0:
			always = true
		case w.class&cNeg != 0:
			neg = true
		}
	}
	complaint := v.inSentence(tAccuse, s)
	if never && !complaint || always && complaint && !neg {
		return who, st.last, true
	}
	return 0, 0, false
}

// accused returns the word that addresses a group as the subject of the
// sentence ("Jullie snappen ...", "Waarom snappen jullie ..."), or -1.
func (v *toneView) accused(st tsent) int {
	for i := st.first; i <= st.last; i++ {
		w := v.words[i]
		if w.quoted || !v.addressesGroup(i) {
			continue
		}
		c := v.clauses[w.clause]
		pos := i - c.first
		lead := v.words[c.first]
		early := pos == 0 || pos <= 2 && (st.question || lead.class&cSub != 0 || isOneOf(lead.low, "en", "and"))
		if early && (i == c.first || v.words[i-1].class&cPrep == 0) {
			return i
		}
	}
	return -1
}

// addressesGroup reports whether word i addresses the reader(s) as such:
// jullie, jij, y'all, "you people", "you guys".
func (v *toneView) addressesGroup(i int) bool {
	switch v.words[i].low {
	case "jullie", "jij", "y'all":
		return true
	case "you":
		return i+1 < len(v.words) && isOneOf(v.words[i+1].low, "people", "guys", "lot", "lads")
	}
	return false
}
