-- What a file handed in for a material may be, by its content (comma-separated media types, e.g.
-- 'application/pdf,image/jpeg'). Null — every row today — means the default: PDF, JPEG or PNG.
alter table approval_item_version_material add column allowed_types varchar(256);
