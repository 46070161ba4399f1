package checker

import "strings"

// Points 11, 12 and 15 cannot be decided from text alone; these rules show
// a reminder at the moment it matters, once per post.

var audienceReminder = &Rule{
	ID: "audience-reminder", Point: 11, Severity: Info,
	Check: reminder("audience",
		"Je bericht gaat over “%s”. Leuk voor vrienden, maar ook je baas, collega's en klanten lezen mee: past het bij hoe je gezien wilt worden?",
		"Your post is about “%s”. Fun for friends, but your boss, colleagues and clients read along too: does it fit how you want to be seen?"),
	Examples: []Example{
		{Text: "Eindelijk vrijdag, tijd voor een <m>biertje</m>!"},
		{Text: "Great <m>party</m> last night with the whole team."},
		{Text: "Eindelijk vrijdag, tijd voor een goed boek."},
	},
}

var coolingOff = &Rule{
	ID: "cooling-off", Point: 12, Severity: Info,
	Check: func(d *Doc, report Report) {
		if ms := WordList("emotion").Find(d); len(ms) > 0 {
			report(ms[0].Start, ms[0].End, coolingMessage(d))
			return
		}
		// Shouting together with a row of exclamation marks is emotion too.
		if caps, bangs := capsRuns(d), bangRuns(d); len(caps) > 0 && len(bangs) > 0 {
			report(caps[0].Start, caps[0].End, coolingMessage(d))
		}
	},
	Examples: []Example{
		{Text: "Ik ben <m>woedend</m> op de gemeente."},
		{Text: "<m>WAT EEN ONZIN</m> weer!!!"},
		{Text: "This is <m>outrageous</m>."},
		{Text: "Wat een mooie dag!!!"},
		{Text: "Ik ben blij met het besluit van de gemeente."},
	},
}

func coolingMessage(d *Doc) string {
	return d.T(
		"Dit bericht klinkt geladen. Online blijft het altijd vindbaar: bewaar het als concept en kijk er straks met een frisse blik nog eens naar.",
		"This post sounds charged. Online it stays findable forever: keep it as a draft and look at it again later with fresh eyes.")
}

var embarrassingContent = &Rule{
	ID: "embarrassing-content", Point: 15, Severity: Info,
	Check: reminder("embarrassing",
		"“%s”: zou je dit ook laten zien aan je baas of een nieuwe klant? Wat online staat, raak je niet meer kwijt.",
		"“%s”: would you show this to your boss or a new client? What goes online never goes away."),
	Examples: []Example{
		{Text: "Iedereen was <m>dronken</m> op het personeelsfeest haha"},
		{Text: "Everyone got <m>wasted</m> at the office party."},
		{Text: "Het personeelsfeest was gezellig en goed georganiseerd."},
	},
}

var mediaReminder = &Rule{
	ID: "media-reminder", Point: 15, Severity: Info,
	Check: func(d *Doc, report Report) {
		for i, t := range d.Tokens {
			if t.Kind == Word && isMediaWord(d.lowerToken(i)) {
				report(t.Start, t.End, d.T(
					"Je noemt een foto of video. Kijk hem nog eens goed na: staat er iemand op die niet gevraagd is, of iets vertrouwelijks op de achtergrond (een scherm, een whiteboard)?",
					"You mention a photo or video. Look at it once more: is anyone on it who was not asked, or something confidential in the background (a screen, a whiteboard)?"))
				return
			}
		}
	},
	Examples: []Example{
		{Text: "Zie de <m>foto's</m> van onze teamdag!"},
		{Text: "Check out the <m>video</m> of our launch."},
		{Text: "Wat een mooie teamdag hadden we."},
	},
}

func isMediaWord(w string) bool {
	switch w {
	case "foto", "foto's", "fotootje", "video", "video's", "filmpje", "selfie", "groepsfoto",
		"photo", "photos", "picture", "pictures", "videos", "pic", "pics":
		return true
	}
	return strings.HasSuffix(w, "foto") || strings.HasSuffix(w, "foto's")
}
