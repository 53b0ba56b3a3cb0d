### Service: business registration and investment enquiry. Question ids and options are in
### services/business-enquiry.toml.
### Status: written by the portal team.

name = Ask about starting a business or investing
summary = Ask an adviser about registering a company, investing here or finding premises.
keywords = business company register invest investment enquiry premises startup
info-what = Ask a question about starting a business, registering a company, investing in this city or finding premises. An adviser from the investment promotion office will answer you.
info-who = Anyone: people starting a business, companies, and investors from China or abroad.
info-bring = Your question, what kind of business it is, and a mobile phone number. Nothing to upload.
info-fees = Advice is free. Registering a company is also free.
info-time =
    Filling in the form takes about 5 minutes.
    An adviser will call or write within 2 working days.
info-online = Ask online at any time.
info-in-person = Go to the business service desk at the government service centre, Monday to Friday, 9:00 to 17:00.
info-phone = Call the government service hotline 12345 and ask for the investment promotion office.
info-contact = Investment promotion office, through the government service hotline 12345, every day 8:00 to 20:00.
declaration = By sending this you agree that an adviser may contact you about your question.
next-steps =
    An adviser will contact you within 2 working days, at the time you chose.
    Keep your reference number so that you can ask about your enquiry.

enquiry-type-label = What would you like to ask about?
enquiry-type-option-register = Registering a new company
enquiry-type-option-invest = Investing in this city
enquiry-type-option-premises = Finding land, an office or a workshop
enquiry-type-option-other = Something else
sector-label = What kind of business is it?
sector-option-manufacturing = Making products (manufacturing)
sector-option-technology = Technology and software
sector-option-agriculture = Farming and food
sector-option-trade = Buying and selling goods (trade)
sector-option-tourism = Tourism, hotels and restaurants
sector-option-services = Other services
sector-option-other = Other
page-business-title = About the business
business-name-label = Business name
business-name-hint = Leave it empty if the business has no name yet.
investment-label = How much do you plan to invest, in yuan?
investment-hint = A rough amount is fine, for example 500000
question-label = What is your question?
question-hint = The more you tell us, the better the adviser can help.
full-name-label = What is your full name?
page-contact-title = How can the adviser contact you?
mobile-label = Mobile phone number
mobile-hint = For example, 138 0013 8000
email-label = Email address
email-hint = If you would like the answer in writing too.
call-time-label = When is the best time to call you?
call-time-option-morning = In the morning
call-time-option-afternoon = In the afternoon
call-time-option-any = Any time
