"""MDX0xx: what the MDX compiler rejects; MDX1xx: imports, components and props."""
