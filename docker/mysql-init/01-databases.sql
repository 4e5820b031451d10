-- One database (schema) per subgraph; a subgraph never reads another's tables.
CREATE DATABASE IF NOT EXISTS bt_employment CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS bt_education CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS bt_certification CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON bt_employment.* TO 'bt'@'%';
GRANT ALL PRIVILEGES ON bt_education.* TO 'bt'@'%';
GRANT ALL PRIVILEGES ON bt_certification.* TO 'bt'@'%';
