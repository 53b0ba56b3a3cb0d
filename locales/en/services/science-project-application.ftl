### Service: science and technology project application. Question ids and options are in
### services/science-project-application.toml.
### Status: written by the portal team.

name = Apply for science and technology project funding
summary = For companies, universities and institutes that want funding for a research project.
keywords = science technology research project funding grant application innovation
info-what = Apply for money from the city's science and technology programme for a research or development project. This is a long form: you can stop at any time and come back later.
info-who =
    Companies, universities, research institutes and other organisations registered in this city.
    The project must start in the future and last between 6 and 36 months.
info-bring =
    Your organisation's unified social credit code (18 characters).
    A short summary of the project, its budget, and details of the project leader.
    After you apply, we will ask for the full project plan and budget documents.
info-fees = It is free to apply.
info-time =
    Filling in the form takes about 30 minutes. Your answers are kept on this device, so you can do it in several sittings.
    Experts review applications within 60 days of the closing date.
info-online = Apply online at any time until the closing date.
info-in-person = Go to the science and technology bureau, Monday to Friday, 9:00 to 17:00, for help with your application.
info-phone = Call the government service hotline 12345 and ask for the science and technology bureau.
info-contact = Science and technology bureau, through the government service hotline 12345, every day 8:00 to 20:00.
declaration = By sending this application you confirm, for your organisation, that the information is true and that the project has not received other public funding for the same work, except as stated.
next-steps =
    We will check that your application is complete within 10 working days and email you.
    We will then ask you to send the full project plan and budget documents.

applicant-type-label = What kind of organisation is applying?
applicant-type-option-company = A company
applicant-type-option-university = A university or college
applicant-type-option-institute = A research institute
applicant-type-option-other = Another kind of organisation
page-organisation-title = About your organisation
organisation-name-label = Organisation name
credit-code-label = Unified social credit code
credit-code-hint = 18 characters, on your business licence.
project-title-label = What is the project called?
field-label = What field is the project in?
field-option-information = Information technology
field-option-manufacturing = Advanced manufacturing
field-option-materials = New materials
field-option-health = Health and medicine
field-option-agriculture = Agriculture
field-option-energy = Energy and the environment
field-option-other = Other
summary-label = Describe the project
summary-hint = What problem it solves, how, and what is new about it.
outcomes-label = What will the project produce?
outcomes-hint = For example, products, patents, papers or jobs.
page-timing-title = When will the project run?
start-date-label = Start date
start-date-hint = For example, 1 3 2027
duration-label = How many months will it last?
duration-hint = Between 6 and 36.
page-budget-title = Budget
total-budget-label = Total budget, in ten thousand yuan
total-budget-hint = For example, 120.5 means 1,205,000 yuan.
requested-label = Funding you ask for, in ten thousand yuan
requested-hint = At most 1000.
page-team-title = Project leader and team
lead-name-label = Project leader's full name
lead-title-label = Project leader's job title
lead-title-hint = For example, senior engineer or professor.
team-size-label = How many people work on the project?
earlier-funding-label = Has this project had public funding before?
earlier-details-label = Tell us about the earlier funding
earlier-details-hint = Who gave it, when and how much.
page-contact-title = Who should we contact about this application?
contact-name-label = Full name
mobile-label = Mobile phone number
email-label = Email address
email-hint = We will send updates about your application here.
