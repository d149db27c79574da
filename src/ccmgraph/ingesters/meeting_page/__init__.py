"""Pages and reports of a meeting of the conventions: MSPs, Review Conferences, intersessional,
preparatory and Protocol V meetings, with their dates, place, President and documents."""
