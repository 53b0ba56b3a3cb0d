### Service: public consultation on a draft policy. Question ids and options are in
### services/public-consultation.toml.
### Status: written by the portal team.

name = Have your say on community elderly care
summary = Tell us what you think of the draft rules on care for older people at home and in the community.
keywords = consultation opinion draft policy feedback elderly care comment
info-what =
    The city has written draft rules on care for older people who live at home: meals, visits, day centres and help in an emergency. Before the rules are final, we want to know what you think.
    You can give your views without giving your name or any other personal details.
info-who = Anyone who lives or works in the city, and organisations.
info-bring = Nothing. If you want to, you can give your name and an email address.
info-fees = It is free.
info-time =
    It takes about 10 minutes, or longer if you have a lot to say.
    The consultation is open until 31 December 2026.
info-online = Give your views online at any time until the consultation closes.
info-in-person = Write your views on a form at your neighbourhood committee or at the government service centre.
info-phone = Call the government service hotline 12345 and say you want to comment on the draft elderly care rules. Staff will write down what you say.
info-contact = Civil affairs bureau, through the government service hotline 12345, every day 8:00 to 20:00.
declaration = We will read every response. We may quote what you wrote in our report, without your name unless you agree.
next-steps =
    Thank you for your views. We will publish a summary of all responses and what we changed in the rules, about 3 months after the consultation closes.

overall-label = Overall, what do you think of the draft rules?
overall-option-support = I support them
overall-option-support-with-changes = I support them, with changes
overall-option-oppose = I do not support them
overall-option-no-view = I have no overall view
views-label = What are your views?
views-hint = Say which part of the rules you mean, what you would change and why.
anonymous-label = Do you want to give your name?
anonymous-option-anonymous = No, I want to stay anonymous
anonymous-option-anonymous-hint = We will ask for no personal details at all.
anonymous-option-named = Yes, I will give my name
page-about-you-title = About you
full-name-label = Full name
email-label = Email address
email-hint = If you would like us to tell you when the summary is published.
publish-name-label = May we publish your name with your views?
