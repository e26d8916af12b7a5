-- Hub: the municipalities (areas) a hub user works for. A coordinator reads the personal data of sign-ups made at the
-- sites of their areas only (DESIGN.md §8); a user with no area reads none. Filled on the hub only.
CREATE TABLE hub_staff_area (
    username     VARCHAR(60)  NOT NULL REFERENCES staff_user (username),
    municipality VARCHAR(100) NOT NULL,
    PRIMARY KEY (username, municipality)
);
