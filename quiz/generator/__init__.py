"""Question generation: from an article's wikitext to a question bank."""
