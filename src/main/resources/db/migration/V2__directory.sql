-- Directory: regions (Kemendagri codes), body categories, public bodies in a tree, accounts.

CREATE TABLE region
(
    id        BIGSERIAL PRIMARY KEY,
    code      VARCHAR(13)  NOT NULL UNIQUE,
    name      VARCHAR(120) NOT NULL,
    level     VARCHAR(12)  NOT NULL CHECK (level IN ('PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE')),
    parent_id BIGINT REFERENCES region (id)
);
CREATE INDEX region_parent_idx ON region (parent_id);

CREATE TABLE body_category
(
    id         BIGSERIAL PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL UNIQUE,
    name       VARCHAR(120) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    village    BOOLEAN      NOT NULL DEFAULT FALSE,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0
);

-- path holds the ids from the root down to this body ("/1/5/23/") so that a coordinator's subtree is one
-- indexed prefix query, whatever its depth.
CREATE TABLE public_body
(
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    category_id BIGINT       NOT NULL REFERENCES body_category (id),
    region_id   BIGINT REFERENCES region (id),
    parent_id   BIGINT REFERENCES public_body (id),
    path        VARCHAR(400) NOT NULL,
    ppid_type   VARCHAR(12)  NOT NULL CHECK (ppid_type IN ('UTAMA', 'PELAKSANA', 'DESA')),
    website     VARCHAR(300),
    email       VARCHAR(200),
    phone       VARCHAR(40),
    address     VARCHAR(400),
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX public_body_path_idx ON public_body (path varchar_pattern_ops);
CREATE INDEX public_body_parent_idx ON public_body (parent_id);
CREATE INDEX public_body_category_idx ON public_body (category_id);
CREATE INDEX public_body_region_idx ON public_body (region_id);
CREATE INDEX public_body_name_idx ON public_body (lower(name));

CREATE TABLE account
(
    id                   BIGSERIAL PRIMARY KEY,
    email                VARCHAR(200) NOT NULL UNIQUE,
    display_name         VARCHAR(120) NOT NULL,
    phone                VARCHAR(40),
    position             VARCHAR(120),
    password_hash        VARCHAR(200),
    public_body_id       BIGINT REFERENCES public_body (id),
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_logins        INT          NOT NULL DEFAULT 0,
    locked_until         TIMESTAMPTZ,
    last_login_at        TIMESTAMPTZ,
    version              BIGINT       NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT account_email_lowercase CHECK (email = lower(email))
);
CREATE INDEX account_body_idx ON account (public_body_id);

CREATE TABLE account_role
(
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(20) NOT NULL CHECK (role IN ('ADMIN', 'COMMISSIONER', 'ASSESSOR', 'COORDINATOR', 'RESPONDENT', 'JUROR')),
    PRIMARY KEY (account_id, role)
);

-- KI Kaltim 2024's eleven award categories plus the village track (DOMAIN.md section 7); a managed list.
INSERT INTO body_category (code, name, sort_order, village)
VALUES ('PEMKAB_PEMKOT', 'Pemerintah Kabupaten/Kota', 10, FALSE),
       ('PD_PROVINSI', 'Perangkat Daerah Provinsi', 20, FALSE),
       ('PD_KABKOTA', 'Perangkat Daerah Kabupaten/Kota', 30, FALSE),
       ('VERTIKAL_PROVINSI', 'Instansi Vertikal Provinsi', 40, FALSE),
       ('VERTIKAL_KABKOTA', 'Instansi Vertikal Kabupaten/Kota', 50, FALSE),
       ('PENYELENGGARA_PEMILU', 'Penyelenggara Pemilu', 60, FALSE),
       ('YUDIKATIF_KABKOTA', 'Yudikatif Kabupaten/Kota', 70, FALSE),
       ('BUMD', 'Badan Usaha Milik Daerah (BUMD)', 80, FALSE),
       ('BLUD', 'Badan Layanan Umum Daerah (BLUD)', 90, FALSE),
       ('BP_KHUSUS_PROVINSI', 'Badan Publik Khusus Provinsi', 100, FALSE),
       ('BP_KHUSUS_KABKOTA', 'Badan Publik Khusus Kabupaten/Kota', 110, FALSE),
       ('DESA', 'Pemerintah Desa', 120, TRUE);
