import type { MessageKey } from './id.ts';

// English; every Indonesian key must exist here too (the type says so).
export const en: Record<MessageKey, string> = {
  'intro.title': 'Guru Blog: create a new blog',
  'intro.nonInteractive': 'No interactive terminal: using default answers for questions not given as options.',
  'node.tooOld':
    'Guru Blog needs Node.js {need} or newer; this computer has {current}.\n' +
    'How to upgrade:\n' +
    '  1. Go to https://nodejs.org, download the LTS version (e.g. 24) and install it like any app.\n' +
    '  2. Close this terminal, open it again and check with: node --version\n' +
    '  3. Run again: npm create guru-blog@latest\n' +
    'No admin rights? Use fnm (https://github.com/Schniz/fnm) or nvm: fnm install 24',
  'folder.question': 'Which folder should the blog go in?',
  'folder.placeholder': 'blog-saya',
  'folder.empty': 'The folder name cannot be empty.',
  'folder.badChars': 'The folder name "{name}" has characters that cannot be used ({chars}). Use letters, digits and hyphens, e.g. my-blog.',
  'folder.reserved': 'Windows reserves "{name}" for a device, so it cannot be a folder name. Choose another, e.g. my-blog.',
  'folder.trailing': 'The folder name "{name}" cannot end with a dot or a space.',
  'folder.tooLong': 'The folder name is too long ({length} characters); at most {max}.',
  'folder.notEmpty': 'The folder {dir} already has {count} files/folders ({list}). So that nothing is overwritten, choose another folder, e.g. {suggestion}.',
  'folder.isFile': '{dir} is a file, not a folder. Choose another name, e.g. {suggestion}.',
  'template.question': 'What kind of blog?',
  'template.unknown': 'There is no template "{name}" in this version. Choices: {list}.',
  'identity.title': 'Blog title?',
  'identity.titlePlaceholder': "Ms Ratna's Teaching Notes",
  'identity.titleEmpty': 'The blog title cannot be empty.',
  'identity.author': 'Your name (shown as the author)?',
  'identity.authorPlaceholder': 'Ratna Sari Dewi, S.Pd.',
  'identity.authorEmpty': "The author's name cannot be empty.",
  'identity.tooLong': 'Too long ({length} characters); at most {max}.',
  'identity.communityTitle': 'Name of the directory?',
  'identity.communityTitlePlaceholder': 'IGI Sleman Teacher Blogs',
  'identity.organizer': 'Organizer (the community or your name)?',
  'identity.organizerPlaceholder': 'IGI Kabupaten Sleman',
  'next.members': 'List the members in {file}, then check their feeds:',
  'next.update': "Fetch the members' latest posts (needs internet):",
  'next.publish.community': 'Once published, run {command} regularly (the GitHub Actions workflow does it every 6 hours). README.md has every step.',
  'identity.school': 'School you teach at? (may be left empty)',
  'identity.schoolPlaceholder': 'SMP Negeri 3 Yogyakarta',
  'identity.subjects': 'Subjects you teach? (type to search, Tab selects, Enter continues)',
  'identity.subjectsPlaceholder': 'type, e.g. matematika',
  'identity.subjectUnknown': 'Unknown subject "{value}".',
  'identity.didYouMean': ' Did you mean "{suggestion}"?',
  'identity.subjectHint': 'Write subject names as in Kurikulum Merdeka (e.g. matematika, ipa, "Bahasa Indonesia", PJOK), separated by commas.',
  'options.cms': 'Use a browser CMS (write without Git)?',
  'options.cmsUnavailable':
    'A browser CMS is not available for the "{template}" template in this version; --cms is ignored. You can still write Markdown files and publish through Git.',
  'accent.question': 'Main colour of the blog?',
  'accent.senja': 'Senja (dusk, brick orange)',
  'accent.samudra': 'Samudra (ocean blue)',
  'accent.hutan': 'Hutan (forest green)',
  'accent.anggrek': 'Anggrek (orchid purple)',
  'accent.kunyit': 'Kunyit (turmeric gold)',
  'accent.unknown': 'There is no colour "{value}". Choose one of: {list}',
  'options.deploy': 'Where will the blog be published?',
  'options.deployUnknown': 'Unknown publishing target "{value}". Choices: {list}.',
  'deploy.netlify': 'Netlify',
  'deploy.netlifyHint': 'free, connect a GitHub repository',
  'deploy.github-pages': 'GitHub Pages',
  'deploy.github-pagesHint': 'free, publishes on every push',
  'deploy.cloudflare-pages': 'Cloudflare Pages',
  'deploy.cloudflare-pagesHint': 'free, fast in Indonesia',
  'deploy.all': 'All (template repository)',
  'deploy.allHint': 'Netlify, GitHub Pages and Cloudflare Pages at once; for "Use this template"',
  'deploy.none': 'Later',
  'deploy.noneHint': 'can be set up afterwards',
  'options.install': 'Install dependencies now with {pm}?',
  'options.git': 'Create a Git repository?',
  'write.dryRun': 'Dry run (--dry-run): nothing is written. Would create in {dir}:',
  'write.dryRunCommands': 'Commands that would run:',
  'write.symlink': '{link} is a shortcut (symlink) out of the blog folder; {file} was not written there. Remove the shortcut if you need that file.',
  'write.readOnly': 'The folder {dir} is read-only, so the blog cannot be written there. Choose another folder (e.g. in Documents) and run the command again.',
  'write.noSpace':
    'The disk is full: the blog cannot be written to {dir}. Free some space (a new blog needs about 300 MB once its dependencies are installed) and run the command again.',
  'write.denied': 'No permission to write in {dir}. Choose a folder of your own (e.g. in Documents) and run the command again.',
  'write.tooLong': 'The folder path {dir} is too long for this system. Choose a folder with a shorter path and run the command again.',
  'write.io': 'The disk cannot be written ({dir}); a USB stick may have been removed or be damaged. Check the disk and run the command again.',
  'git.symlink':
    '.git in this folder is a shortcut (symlink) to somewhere else, so Git was not set up. Remove the shortcut, then run git init yourself if needed.',
  'write.done': 'Blog files written to {dir}.',
  'install.start': 'Installing dependencies with {pm} (may take a few minutes on a slow connection)…',
  'install.offline': 'Offline mode: installing from the {pm} cache (--prefer-offline).',
  'install.unreachable': 'The npm registry ({registry}) cannot be reached; trying to install from the {pm} cache (--prefer-offline).',
  'install.retryOffline': 'The install failed because of the network; trying once more from the {pm} cache (--prefer-offline).',
  'install.done': 'Dependencies installed.',
  'install.nodeOld':
    "The installed Astro {astro} needs Node {floor} or newer; this computer has {current}. That is fine: the blog's dev, build and preview commands fetch a suitable Node into {cache} by themselves (once, about 30 MB). Or install Node 24 (LTS) from https://nodejs.org.",
  'install.failed': 'Installing dependencies failed (code {code}). The blog files are still there. Try again later with: {command}',
  'install.failedOffline': 'Some packages are not in the cache yet. Connect to the internet, then run: {command}',
  'install.skipped': 'Dependencies not installed yet.',
  'git.done': 'Git repository created with a first commit.',
  'git.noIdentity':
    'Git repository created, but no first commit because your Git name/email are not set. Set them with: git config --global user.name "Your Name" and git config --global user.email "you@example.com", then: git add -A && git commit -m "First blog"',
  'git.missing': 'Git was not found; no repository created. Install Git from https://git-scm.com to publish through GitHub.',
  'git.inside': 'This folder is already inside a Git repository; not creating a new one.',
  'git.failed': 'Git failed ({message}); no repository created. The blog files are still there.',
  'cancel.nothing': 'Cancelled. Nothing was written.',
  'cancel.cleaned': 'Cancelled. What had been created in {dir} was removed again.',
  'error.prefix': 'Failed',
  'error.unknownOption': 'Unknown option {option}. See all options with: npm create guru-blog -- --help',
  'error.missingValue': 'Option {option} needs a value, e.g. {example}.',
  'error.lang': 'Unknown language "{value}"; choose id or en.',
  'error.tooManyFolders': 'Give only one folder name, not: {list}.',
  'next.title': 'Next steps',
  'next.cd': 'Go into the blog folder:',
  'next.install': 'Install dependencies (needs internet, once):',
  'next.dev': 'Run the blog on this computer:',
  'next.open': 'Open in the browser: {url}',
  'next.post': 'Write your first post: copy {file} and change its text.',
  'next.lesson': 'Create a new lesson plan: {command}',
  'next.publish.netlify': 'Publish: push to GitHub, then in Netlify choose "Add new site" → "Import an existing project". README.md has every step.',
  'next.publish.github-pages': 'Publish: push to GitHub and enable Settings → Pages → Source: GitHub Actions. README.md has every step.',
  'next.publish.cloudflare-pages': 'Publish: push to GitHub, then in Cloudflare choose Workers & Pages → Create → Pages. README.md has every step.',
  'next.publish.all':
    'Publish: push to GitHub and make it a template repository (Settings → Template repository), or connect it to Netlify, GitHub Pages or Cloudflare Pages. README.md has every step.',
  'next.publish.none': 'README.md explains how to publish the blog (Netlify, GitHub Pages, Cloudflare Pages).',
  'next.outro': 'Happy writing! Help: README.md in your blog folder.',
  'help.text':
    'Usage: npm create guru-blog@latest [folder] -- [options]\n' +
    '\n' +
    'Options:\n' +
    '  --template <blog>           kind of project (blog: a teacher blog)\n' +
    '  --title <text>              blog title\n' +
    "  --author <name>             teacher's name (author)\n" +
    '  --school <name>             school name\n' +
    '  --mapel <list>              subjects taught, comma-separated (e.g. matematika,ipa)\n' +
    '  --warna <name>              main colour: senja | samudra | hutan | anggrek | kunyit\n' +
    '  --cms / --no-cms            browser CMS (when the template supports it)\n' +
    '  --deploy <target>           netlify | github-pages | cloudflare-pages | all | none\n' +
    '  --install / --no-install    install dependencies now\n' +
    '  --git / --no-git            create a Git repository\n' +
    '  --offline                   install from the package cache (no internet)\n' +
    '  --yes, -y                   use defaults for anything not given\n' +
    '  --dry-run                   show what would be created without writing anything\n' +
    '  --lang <id|en>              language of the questions (default: id)\n' +
    '  --help, -h / --version, -v\n' +
    '\n' +
    'Example for a workshop:\n' +
    '  npm create guru-blog@latest blog-bu-ratna -- --yes --title "Matematika Bersama Bu Ratna" --author "Ratna" --mapel matematika',
};
