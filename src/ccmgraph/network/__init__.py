"""Actor networks: named-query rows projected onto networkx graphs, and how they are drawn."""
