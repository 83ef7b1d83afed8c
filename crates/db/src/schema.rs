//! Diesel table definitions, shared by the SQLite and PostgreSQL backends.
//!
//! Full-text objects (SQLite `project_fts`/`bourse_fts`, PostgreSQL `project_texts.document`/
//! `bourse_texts.document`) are not declared here: they are only queried through raw SQL in
//! the filter and search modules.
//! Mirrors `migrations/*/up.sql`; the `every_table_matches_the_schema` test checks it on both
//! backends.

diesel::table! {
    continents (code) {
        code -> Text,
        name_fr -> Text,
        name_en -> Text,
        position -> Integer,
    }
}

diesel::table! {
    subcontinents (code) {
        code -> Text,
        continent_code -> Text,
        name_fr -> Text,
        name_en -> Text,
    }
}

diesel::table! {
    countries (code) {
        code -> Text,
        iso3 -> Text,
        numeric_code -> Text,
        name_fr -> Text,
        name_en -> Text,
        continent_code -> Text,
        subcontinent_code -> Text,
        lat -> Nullable<Double>,
        lon -> Nullable<Double>,
    }
}

diesel::table! {
    regions (code) {
        code -> Text,
        name -> Text,
        siren -> Nullable<Text>,
        chef_lieu_insee -> Text,
        lat -> Nullable<Double>,
        lon -> Nullable<Double>,
    }
}

diesel::table! {
    departements (code) {
        code -> Text,
        name -> Text,
        region_code -> Text,
        siren -> Nullable<Text>,
        chef_lieu_insee -> Text,
        lat -> Nullable<Double>,
        lon -> Nullable<Double>,
    }
}

diesel::table! {
    communes (insee) {
        insee -> Text,
        name -> Text,
        name_folded -> Text,
        siren -> Nullable<Text>,
        departement_code -> Text,
        region_code -> Text,
        population -> Nullable<BigInt>,
        lat -> Nullable<Double>,
        lon -> Nullable<Double>,
    }
}

diesel::table! {
    epcis (siren) {
        siren -> Text,
        name -> Text,
        name_folded -> Text,
        kind -> Text,
        population -> Nullable<BigInt>,
        member_count -> Nullable<Integer>,
        departement_code -> Nullable<Text>,
        region_code -> Nullable<Text>,
        lat -> Nullable<Double>,
        lon -> Nullable<Double>,
    }
}

diesel::table! {
    cities (geonameid) {
        geonameid -> BigInt,
        name -> Text,
        name_folded -> Text,
        country_code -> Text,
        population -> Nullable<BigInt>,
        lat -> Double,
        lon -> Double,
    }
}

diesel::table! {
    collectivites (id) {
        id -> Integer,
        kind -> Text,
        name -> Text,
        name_folded -> Text,
        siren -> Nullable<Text>,
        insee_code -> Nullable<Text>,
        region_code -> Nullable<Text>,
        departement_code -> Nullable<Text>,
        population -> Nullable<BigInt>,
        lat -> Nullable<Double>,
        lon -> Nullable<Double>,
        address -> Nullable<Text>,
        postal_code -> Nullable<Text>,
        city -> Nullable<Text>,
        phone -> Nullable<Text>,
        email -> Nullable<Text>,
        website -> Nullable<Text>,
        last_validated_at -> Nullable<Timestamp>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    contacts (id) {
        id -> Integer,
        collectivite_id -> Integer,
        role -> Text,
        civility -> Nullable<Text>,
        first_name -> Text,
        last_name -> Text,
        title -> Text,
        email -> Nullable<Text>,
        phone -> Nullable<Text>,
        position -> Integer,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    networks (id) {
        id -> Integer,
        name -> Text,
        acronym -> Nullable<Text>,
        kind -> Text,
        website -> Nullable<Text>,
        description -> Nullable<Text>,
    }
}

diesel::table! {
    network_memberships (collectivite_id, network_id) {
        collectivite_id -> Integer,
        network_id -> Integer,
    }
}

diesel::table! {
    partners (id) {
        id -> Integer,
        name -> Text,
        name_folded -> Text,
        kind -> Text,
        country_code -> Text,
        geonameid -> Nullable<BigInt>,
        admin_area -> Nullable<Text>,
        lat -> Nullable<Double>,
        lon -> Nullable<Double>,
        website -> Nullable<Text>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    partnerships (id) {
        id -> Integer,
        collectivite_id -> Integer,
        partner_id -> Integer,
        is_jumelage -> Bool,
        convention_date -> Nullable<Date>,
        since_year -> Nullable<Integer>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    themes (id) {
        id -> Integer,
        code -> Text,
        name_fr -> Text,
        name_en -> Text,
        dac_code -> Nullable<Integer>,
        position -> Integer,
        active -> Bool,
    }
}

diesel::table! {
    financing_sources (id) {
        id -> Integer,
        code -> Text,
        short_name -> Text,
        name_fr -> Text,
        name_en -> Text,
        position -> Integer,
        active -> Bool,
    }
}

diesel::table! {
    projects (id) {
        id -> Integer,
        kind -> Text,
        collectivite_id -> Integer,
        partner_id -> Nullable<Integer>,
        country_code -> Text,
        title -> Text,
        objectives -> Nullable<Text>,
        description -> Nullable<Text>,
        history -> Nullable<Text>,
        context -> Nullable<Text>,
        start_year -> Nullable<Integer>,
        end_year -> Nullable<Integer>,
        status -> Text,
        budget_cents -> Nullable<BigInt>,
        lat -> Nullable<Double>,
        lon -> Nullable<Double>,
        archived_at -> Nullable<Timestamp>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        title_folded -> Text,
    }
}

diesel::table! {
    project_themes (project_id, theme_id) {
        project_id -> Integer,
        theme_id -> Integer,
    }
}

diesel::table! {
    project_financings (id) {
        id -> Integer,
        project_id -> Integer,
        source_id -> Integer,
        year -> Integer,
        amount_cents -> BigInt,
    }
}

diesel::table! {
    project_collectivites (project_id, collectivite_id) {
        project_id -> Integer,
        collectivite_id -> Integer,
    }
}

diesel::table! {
    project_partners (project_id, partner_id) {
        project_id -> Integer,
        partner_id -> Integer,
    }
}

diesel::table! {
    project_contacts (id) {
        id -> Integer,
        project_id -> Integer,
        side -> Text,
        name -> Text,
        title -> Nullable<Text>,
        organisation -> Nullable<Text>,
        email -> Nullable<Text>,
        phone -> Nullable<Text>,
    }
}

diesel::table! {
    project_volunteers (id) {
        id -> Integer,
        project_id -> Integer,
        kind -> Text,
        count -> Integer,
        year -> Nullable<Integer>,
    }
}

diesel::table! {
    project_texts (project_id) {
        project_id -> Integer,
        title -> Text,
        body -> Text,
        places -> Text,
    }
}

diesel::table! {
    apd_declarations (id) {
        id -> Integer,
        collectivite_id -> Integer,
        year -> Integer,
        status -> Text,
        is_zero -> Bool,
        submitted_at -> Nullable<Timestamp>,
        submitted_by -> Nullable<Integer>,
        reopened_at -> Nullable<Timestamp>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    apd_lines (id) {
        id -> Integer,
        declaration_id -> Integer,
        line_type -> Text,
        country_code -> Nullable<Text>,
        theme_id -> Nullable<Integer>,
        amount_cents -> BigInt,
        description -> Nullable<Text>,
    }
}

diesel::table! {
    bourse_requests (id) {
        id -> Integer,
        authority_name -> Text,
        authority_kind -> Text,
        country_code -> Text,
        city -> Nullable<Text>,
        geonameid -> Nullable<BigInt>,
        lat -> Nullable<Double>,
        lon -> Nullable<Double>,
        partner_id -> Nullable<Integer>,
        contact_name -> Text,
        contact_title -> Nullable<Text>,
        contact_email -> Text,
        contact_phone -> Nullable<Text>,
        title -> Text,
        description -> Text,
        objectives -> Nullable<Text>,
        sought_partner -> Nullable<Text>,
        language -> Nullable<Text>,
        status -> Text,
        email_confirmed_at -> Nullable<Timestamp>,
        rejection_reason -> Nullable<Text>,
        closed_reason -> Nullable<Text>,
        matched_collectivite_id -> Nullable<Integer>,
        moderated_by -> Nullable<Integer>,
        moderated_at -> Nullable<Timestamp>,
        published_at -> Nullable<Timestamp>,
        closed_at -> Nullable<Timestamp>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    bourse_request_themes (request_id, theme_id) {
        request_id -> Integer,
        theme_id -> Integer,
    }
}

diesel::table! {
    bourse_texts (request_id) {
        request_id -> Integer,
        title -> Text,
        body -> Text,
        places -> Text,
    }
}

diesel::table! {
    users (id) {
        id -> Integer,
        email -> Text,
        password_hash -> Text,
        first_name -> Text,
        last_name -> Text,
        job_title -> Nullable<Text>,
        phone -> Nullable<Text>,
        role -> Text,
        status -> Text,
        country_code -> Nullable<Text>,
        region_code -> Nullable<Text>,
        requested_entity_kind -> Nullable<Text>,
        requested_entity_code -> Nullable<Text>,
        email_confirmed_at -> Nullable<Timestamp>,
        validated_at -> Nullable<Timestamp>,
        validated_by -> Nullable<Integer>,
        refusal_reason -> Nullable<Text>,
        disabled_at -> Nullable<Timestamp>,
        failed_logins -> Integer,
        locked_until -> Nullable<Timestamp>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    user_collectivites (user_id, collectivite_id) {
        user_id -> Integer,
        collectivite_id -> Integer,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> Integer,
        user_id -> Integer,
        family -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    user_tokens (id) {
        id -> Integer,
        user_id -> Integer,
        purpose -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    saved_searches (id) {
        id -> Integer,
        user_id -> Integer,
        kind -> Text,
        name -> Text,
        query -> Text,
        map_view -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    saved_exports (id) {
        id -> Integer,
        user_id -> Integer,
        name -> Text,
        query -> Text,
        format -> Text,
        content -> Binary,
        byte_size -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    campaigns (id) {
        id -> Integer,
        year -> Integer,
        opens_on -> Date,
        closes_on -> Date,
        status -> Text,
        created_by -> Nullable<Integer>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    campaign_entries (id) {
        id -> Integer,
        campaign_id -> Integer,
        collectivite_id -> Integer,
        status -> Text,
        current_step -> Integer,
        draft -> Nullable<Text>,
        started_at -> Nullable<Timestamp>,
        validated_at -> Nullable<Timestamp>,
        validated_by -> Nullable<Integer>,
        summary_pdf -> Nullable<Binary>,
        last_reminded_at -> Nullable<Timestamp>,
        version -> Integer,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Integer,
        at -> Timestamp,
        user_id -> Nullable<Integer>,
        action -> Text,
        entity_type -> Text,
        entity_id -> Nullable<Text>,
        changes -> Nullable<Text>,
        ip -> Nullable<Text>,
    }
}

diesel::table! {
    email_outbox (id) {
        id -> Integer,
        to_address -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Nullable<Text>,
        kind -> Text,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        attempts -> Integer,
        last_error -> Nullable<Text>,
        next_attempt_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    dataset_meta (key) {
        key -> Text,
        value -> Text,
    }
}

diesel::joinable!(subcontinents -> continents (continent_code));
diesel::joinable!(countries -> subcontinents (subcontinent_code));
diesel::joinable!(departements -> regions (region_code));
diesel::joinable!(cities -> countries (country_code));
diesel::joinable!(collectivites -> departements (departement_code));
diesel::joinable!(partners -> countries (country_code));
diesel::joinable!(projects -> countries (country_code));
diesel::joinable!(apd_lines -> countries (country_code));
diesel::joinable!(bourse_requests -> countries (country_code));
diesel::joinable!(contacts -> collectivites (collectivite_id));
diesel::joinable!(network_memberships -> collectivites (collectivite_id));
diesel::joinable!(network_memberships -> networks (network_id));
diesel::joinable!(partnerships -> collectivites (collectivite_id));
diesel::joinable!(partnerships -> partners (partner_id));
diesel::joinable!(projects -> collectivites (collectivite_id));
diesel::joinable!(projects -> partners (partner_id));
diesel::joinable!(project_themes -> projects (project_id));
diesel::joinable!(project_themes -> themes (theme_id));
diesel::joinable!(project_financings -> projects (project_id));
diesel::joinable!(project_financings -> financing_sources (source_id));
diesel::joinable!(project_collectivites -> projects (project_id));
diesel::joinable!(project_collectivites -> collectivites (collectivite_id));
diesel::joinable!(project_partners -> projects (project_id));
diesel::joinable!(project_partners -> partners (partner_id));
diesel::joinable!(project_contacts -> projects (project_id));
diesel::joinable!(project_volunteers -> projects (project_id));
diesel::joinable!(project_texts -> projects (project_id));
diesel::joinable!(apd_declarations -> collectivites (collectivite_id));
diesel::joinable!(apd_lines -> apd_declarations (declaration_id));
diesel::joinable!(apd_lines -> themes (theme_id));
diesel::joinable!(bourse_requests -> partners (partner_id));
diesel::joinable!(bourse_requests -> collectivites (matched_collectivite_id));
diesel::joinable!(bourse_request_themes -> bourse_requests (request_id));
diesel::joinable!(bourse_request_themes -> themes (theme_id));
diesel::joinable!(bourse_texts -> bourse_requests (request_id));
diesel::joinable!(user_collectivites -> users (user_id));
diesel::joinable!(user_collectivites -> collectivites (collectivite_id));
diesel::joinable!(refresh_tokens -> users (user_id));
diesel::joinable!(user_tokens -> users (user_id));
diesel::joinable!(saved_searches -> users (user_id));
diesel::joinable!(saved_exports -> users (user_id));
diesel::joinable!(campaigns -> users (created_by));
diesel::joinable!(campaign_entries -> campaigns (campaign_id));
diesel::joinable!(campaign_entries -> collectivites (collectivite_id));
diesel::joinable!(campaign_entries -> users (validated_by));
diesel::joinable!(audit_log -> users (user_id));

diesel::allow_tables_to_appear_in_same_query!(
    continents,
    subcontinents,
    countries,
    regions,
    departements,
    communes,
    epcis,
    cities,
    collectivites,
    contacts,
    networks,
    network_memberships,
    partners,
    partnerships,
    themes,
    financing_sources,
    projects,
    project_themes,
    project_financings,
    project_collectivites,
    project_partners,
    project_contacts,
    project_volunteers,
    project_texts,
    apd_declarations,
    apd_lines,
    bourse_requests,
    bourse_request_themes,
    bourse_texts,
    users,
    user_collectivites,
    refresh_tokens,
    user_tokens,
    saved_searches,
    saved_exports,
    campaigns,
    campaign_entries,
    audit_log,
    email_outbox,
    dataset_meta,
);

// Columns that group-by queries combine across joined tables (each pair is allowed).
diesel::allow_columns_to_appear_in_same_group_by_clause!(
    continents::code,
    continents::name_fr,
    subcontinents::code,
    subcontinents::name_fr,
    countries::code,
    countries::name_fr,
    countries::lat,
    countries::lon,
    countries::continent_code,
    countries::subcontinent_code,
    regions::code,
    regions::name,
    regions::lat,
    regions::lon,
    departements::code,
    departements::name,
    departements::region_code,
    departements::lat,
    departements::lon,
    collectivites::id,
    collectivites::name,
    collectivites::kind,
    collectivites::region_code,
    collectivites::departement_code,
    collectivites::lat,
    collectivites::lon,
    partners::id,
    partners::name,
    partners::kind,
    partners::country_code,
    partners::lat,
    partners::lon,
    projects::kind,
    projects::status,
    projects::country_code,
    projects::collectivite_id,
    projects::partner_id,
    themes::id,
    themes::code,
    themes::name_fr,
    themes::position,
    financing_sources::id,
    financing_sources::code,
    financing_sources::short_name,
    apd_declarations::year,
    apd_lines::line_type,
    apd_lines::country_code,
    bourse_requests::country_code,
    bourse_requests::status,
    bourse_requests::authority_name,
    bourse_requests::partner_id,
    bourse_requests::lat,
    bourse_requests::lon,
    bourse_requests::authority_kind,
    project_financings::source_id,
    project_financings::year,
    projects::start_year,
    projects::end_year,
);
