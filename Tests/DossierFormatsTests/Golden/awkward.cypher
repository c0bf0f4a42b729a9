// Dossier graph: 4 entities, 3 relations.
CREATE CONSTRAINT IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT IF NOT EXISTS FOR (n:Office) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
MERGE (n:Country {id: 'country/evil-label-x'}) SET n += {`name`: '\"]; evil [label=\"x', `kind`: 'country'}, n.aliases = [];
MERGE (n:Event {id: 'event/visit-now-x'}) SET n += {`name`: 'Visit `now` | {x}', `kind`: 'event', `date`: '2020-11', `type`: 'visit'}, n.aliases = [];
MERGE (n:Organization {id: 'organization/script-alert-1-script'}) SET n += {`name`: '<script>alert(1)</script>', `kind`: 'organization'}, n.aliases = [];
MERGE (n:Person {id: 'person/o-brien-the-boss'}) SET n += {`name`: 'O\'Brien \"the \\ boss\"', `kind`: 'person', `note`: '<b>&</b>'}, n.aliases = ['OB', 'line\nbreak'];
MATCH (a:Person {id: 'person/o-brien-the-boss'}), (b:Organization {id: 'organization/script-alert-1-script'}) MERGE (a)-[r:MEMBER_OF {id: 'memberOf:person/o-brien-the-boss->organization/script-alert-1-script'}]->(b) SET r += {`since`: '2019', `evidence`: '[{\"document\":\"notes/doc \\\"1\\\".txt\",\"sentence\":\"He said \\\"no\\\";\\nthen left.\",\"start\":0,\"end\":26}]'};
MATCH (a:Organization {id: 'organization/script-alert-1-script'}), (b:Country {id: 'country/evil-label-x'}) MERGE (a)-[r:PART_OF {id: 'partOf:organization/script-alert-1-script->country/evil-label-x'}]->(b) SET r += {`evidence`: '[]'};
MATCH (a:Person {id: 'person/o-brien-the-boss'}), (b:Event {id: 'event/visit-now-x'}) MERGE (a)-[r:PARTICIPANT {id: 'participant[visitor]:person/o-brien-the-boss->event/visit-now-x'}]->(b) SET r += {`role`: 'visitor', `evidence`: '[{\"document\":\"notes/doc \\\"1\\\".txt\",\"sentence\":\"He said \\\"no\\\";\\nthen left.\",\"start\":0,\"end\":26}]'};
